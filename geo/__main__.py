"""Command line: ``python -m geo fetch`` and ``python -m geo geocode [--country SY] NAME...``."""

from geo.cli import main

raise SystemExit(main())

"""The Sitrep dashboard: a thin Streamlit UI over ``corpus``, ``geo`` and ``layers``.

Run it with ``streamlit run dashboard/app.py`` (optionally ``-- --corpus DIR``). Nothing
here is imported by the other packages; the logic the UI needs lives in ``layers.query``.
"""

__all__: list[str] = []

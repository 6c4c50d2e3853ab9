import yaml, pathlib
A = {}
def art(i, outlet, published, text, control):
    A[i] = (outlet, published, text.strip()+"\n", control)
def c(actor, place, status, quote, extent="full", claimant="the outlet", optional=False, note=None):
    d = dict(actor=actor, place=place, extent=extent, status=status, claimant=claimant, quote=quote, date=None)
    if optional: d["optional"] = True
    if note: d["note"] = note
    return d

art(951, "Reuters", "2019-08-20", """
BEIRUT, Aug 20 (Reuters) - Syrian government forces captured the town of Khan Shaykhun in Idlib province on Tuesday after days of heavy bombardment, a war monitor and state media said.
The Syrian Observatory for Human Rights said rebels pulled out of the town overnight, leaving the army in control of the main highway.
Insurgents still hold Maarat al-Numan further north, the monitor said.
A rebel commander denied that his fighters had withdrawn from Kafr Nabl, saying they remained in their positions.
Russian jets struck villages near Jisr al-Shughur, residents said.
""", [
  c("Syrian government forces", "Khan Shaykhun", "holds", "Syrian government forces captured the town of Khan Shaykhun", note="newly captured"),
  c("rebels", "Khan Shaykhun", "lost", "rebels pulled out of the town overnight", claimant="SOHR"),
  c("rebels", "Maarat al-Numan", "holds", "Insurgents still hold Maarat al-Numan", claimant="SOHR"),
  c("rebels", "Kafr Nabl", "holds", "denied that his fighters had withdrawn from Kafr Nabl", claimant="a rebel commander", note="denial of a withdrawal"),
])
art(952, "Rudaw", "2023-06-11", """
ERBIL, Kurdistan Region - The Syrian Democratic Forces (SDF) on Sunday announced they had taken full control of the village of Abu Hamam in eastern Deir ez-Zor after clashes with Islamic State (ISIS) remnants.
An SDF spokesperson told Rudaw that the fighters swept into the village at dawn and that ISIS militants fled towards the desert.
"Abu Hamam is now completely under our control," he said.
Earlier this month the SDF regained Al-Shuhayl, which tribal gunmen had overrun in a surprise raid.
The Kurdish-led force remains in control of the Omar oil field, the largest in the country.
""", [
  c("SDF", "Abu Hamam", "holds", "they had taken full control of the village of Abu Hamam", claimant="SDF"),
  c("IS", "Abu Hamam", "lost", "ISIS militants fled towards the desert", claimant="SDF", optional=True),
  c("SDF", "Al-Shuhayl", "regained", "the SDF regained Al-Shuhayl"),
  c("tribal gunmen", "Al-Shuhayl", "lost", "which tribal gunmen had overrun in a surprise raid", optional=True),
  c("SDF", "Omar oil field", "holds", "The Kurdish-led force remains in control of the Omar oil field"),
])
art(953, "Turkish Ministry of National Defence", "2019-11-20", """
The Turkish Ministry of National Defence said on Wednesday that 14 PKK/YPG terrorists had been neutralised in the Operation Peace Spring area.
The ministry said that the Turkish Armed Forces and the Syrian National Army had cleared the village of Umm Shuayfa west of Tal Tamr of terrorists and taken it under control.
It added that the villages of Dardara and Tal Ward, north of Tal Tamr, remain under the control of the SNA.
A YPG statement denied claims that Turkish-backed factions had seized Dardara, saying its fighters repelled the attack.
""", [
  c("Turkish Armed Forces and SNA", "Umm Shuayfa", "holds", "cleared the village of Umm Shuayfa west of Tal Tamr of terrorists and taken it under control", claimant="Turkish Ministry of National Defence"),
  c("SNA", "Dardara", "holds", "the villages of Dardara and Tal Ward, north of Tal Tamr, remain under the control of the SNA", claimant="Turkish Ministry of National Defence"),
  c("SNA", "Tal Ward", "holds", "the villages of Dardara and Tal Ward, north of Tal Tamr, remain under the control of the SNA", claimant="Turkish Ministry of National Defence"),
  c("Turkish-backed factions (SNA)", "Dardara", "disputed", "denied claims that Turkish-backed factions had seized Dardara", claimant="YPG"),
])
art(954, "SANA", "2017-04-02", """
Homs, SANA - Army units on Sunday restored security and stability to the town of Al-Qaryatayn in the eastern countryside of Homs after eliminating the last ISIS terrorists in it.
A military source told SANA's reporter that army units, in cooperation with the supporting forces, liberated the villages of Maheen and Hawwarin, and engineering units are combing the area for mines.
The source added that army units continue to advance towards Palmyra.
""", [
  c("Syrian government army", "Al-Qaryatayn", "regained", "Army units on Sunday restored security and stability to the town of Al-Qaryatayn"),
  c("IS", "Al-Qaryatayn", "lost", "after eliminating the last ISIS terrorists in it", optional=True),
  c("Syrian government army", "Maheen", "holds", "army units ... liberated the villages of Maheen and Hawwarin", claimant="a military source"),
  c("Syrian government army", "Hawwarin", "holds", "army units ... liberated the villages of Maheen and Hawwarin", claimant="a military source"),
])
art(955, "ISW", "2024-12-06", """
Iran Update, December 6, 2024
Key Takeaways:
- Hayat Tahrir al-Sham (HTS)-led opposition forces seized Saraqib on November 30 and advanced south along the M5 highway.
- Pro-regime forces withdrew from Hama city on December 5 after opposition fighters breached its northern defences.
- The SDF lost Tal Rifaat to the Turkish-backed Syrian National Army (SNA) on December 1. The SNA likely seeks to push east toward Manbij.
- Iranian-backed militias abandoned their positions in Albu Kamal and retreated across the border into Iraq.
- Russian forces withdrew from the Qamishli airport, according to local reports.
""", [
  c("HTS", "Saraqib", "holds", "HTS-led opposition forces seized Saraqib on November 30"),
  c("pro-regime forces", "Hama", "lost", "Pro-regime forces withdrew from Hama city on December 5"),
  c("SDF", "Tal Rifaat", "lost", "The SDF lost Tal Rifaat to the Turkish-backed Syrian National Army"),
  c("SNA", "Tal Rifaat", "holds", "The SDF lost Tal Rifaat to the Turkish-backed Syrian National Army"),
  c("Iranian-backed militias", "Albu Kamal", "lost", "Iranian-backed militias abandoned their positions in Albu Kamal"),
  c("Russian forces", "Qamishli airport", "lost", "Russian forces withdrew from the Qamishli airport", claimant="local reports"),
])
art(956, "SOHR", "2019-05-14", """
SOHR: Regime forces have recaptured the village of Kabani in Jabal al-Akrad after fierce fighting with jihadist factions, which had held the village for years.
According to SOHR sources, HTS fighters retreated to the nearby hills, while regime forces consolidated their positions in the village.
SOHR activists also reported that factions of the "Al-Fateh Al-Mubin" operations room took over positions in Kafr Taal on the western outskirts of Aleppo.
""", [
  c("regime forces", "Kabani", "regained", "Regime forces have recaptured the village of Kabani", claimant="SOHR"),
  c("jihadist factions (HTS)", "Kabani", "lost", "jihadist factions, which had held the village for years", claimant="SOHR"),
  c("opposition factions", "Kafr Taal", "holds", "took over positions in Kafr Taal", extent="partial", claimant="SOHR"),
])
art(957, "Deir ez-Zor 24", "2023-08-31", """
Tribal fighters seize Diban as SDF pulls out of eastern towns
Arab tribal fighters took over the town of Diban on the eastern bank of the Euphrates on Thursday, residents said, after the Syrian Democratic Forces withdrew their units from the area.
Clashes continued in Al-Busayrah, where the SDF still holds the police station and the tribesmen control the market.
Tribal leaders said they had no intention of handing the town over to the government.
""", [
  c("Arab tribal fighters", "Diban", "holds", "Arab tribal fighters took over the town of Diban", claimant="residents"),
  c("SDF", "Diban", "lost", "SDF pulls out of eastern towns; withdrew their units from the area"),
  c("SDF", "Al-Busayrah", "contested", "the SDF still holds the police station", extent="partial"),
  c("tribal fighters", "Al-Busayrah", "contested", "the tribesmen control the market", extent="partial"),
])
art(958, "AP", "2025-07-19", """
SUWAYDA, Syria (AP) - Druze militias regained control of several villages in the western countryside of Suwayda on Saturday, a day after government forces and Bedouin tribal fighters entered them.
Interior Ministry forces pulled out of the city of Suwayda on Thursday under a ceasefire brokered by the United States, handing security over to local Druze factions.
Bedouin clans still hold Al-Mazraa, a village west of the city, residents said.
Israel, which struck the Defence Ministry in Damascus on Wednesday, said it would not allow government troops to deploy south of the capital.
""", [
  c("Druze militias", "western countryside of Suwayda", "regained", "Druze militias regained control of several villages in the western countryside of Suwayda", extent="partial"),
  c("Interior Ministry forces", "Suwayda", "lost", "Interior Ministry forces pulled out of the city of Suwayda"),
  c("Druze factions", "Suwayda", "holds", "handing security over to local Druze factions"),
  c("Bedouin clans", "Al-Mazraa", "holds", "Bedouin clans still hold Al-Mazraa", claimant="residents"),
])
art(959, "Kurdistan 24", "2022-03-09", """
U.S. Central Command said its forces and partner forces conducted a raid in Al-Hasakah, capturing a senior ISIS official.
Separately, American troops have pulled out of two outposts in Deir ez-Zor province, handing the Conoco gas field over to the SDF, according to local sources.
US forces remain at the Al-Tanf garrison near the Jordanian border, which is held by the coalition and its Syrian partner force.
""", [
  c("US forces", "Conoco gas field", "lost", "handing the Conoco gas field over to the SDF", claimant="local sources"),
  c("SDF", "Conoco gas field", "holds", "handing the Conoco gas field over to the SDF", claimant="local sources"),
  c("US-led coalition", "Al-Tanf", "holds", "the Al-Tanf garrison ... which is held by the coalition"),
])
art(960, "Reuters", "2020-01-29", """
MOSCOW (Reuters) - Russia's defence ministry said on Wednesday that Syrian troops, backed by Russian air power, had entered the town of Maarat al-Numan and taken control of it after Nusra Front fighters fled.
Turkey disputed the account, saying Turkish observation posts around the town were still manned.
Russian military police began patrolling Saraqib, which the army retook in late February, the ministry said.
""", [
  c("Syrian government troops", "Maarat al-Numan", "holds", "Syrian troops ... had entered the town of Maarat al-Numan and taken control of it", claimant="Russian defence ministry"),
  c("Nusra Front (HTS)", "Maarat al-Numan", "lost", "after Nusra Front fighters fled", claimant="Russian defence ministry", optional=True),
  c("Syrian army", "Saraqib", "regained", "Saraqib, which the army retook in late February", claimant="Russian defence ministry"),
])
art(961, "North Press", "2021-10-05", """
DEIR EZ-ZOR, Syria (North Press) - Iranian-backed militias on Tuesday took over the Hamdan airport in Albu Kamal after Syrian government forces handed it to them, a local source told North Press.
Lebanese Hezbollah also holds positions in the city of Mayadin, which has been under the control of the Fatemiyoun Brigade since 2017.
The source said the Iraqi Hezbollah brigades did not seize any checkpoints, contrary to what pro-government media claimed.
""", [
  c("Iranian-backed militias", "Hamdan airport", "holds", "Iranian-backed militias on Tuesday took over the Hamdan airport", claimant="a local source"),
  c("Syrian government forces", "Hamdan airport", "lost", "after Syrian government forces handed it to them", claimant="a local source"),
  c("Hezbollah", "Mayadin", "holds", "Lebanese Hezbollah also holds positions in the city of Mayadin", extent="partial"),
  c("Fatemiyoun Brigade", "Mayadin", "holds", "which has been under the control of the Fatemiyoun Brigade since 2017"),
])
art(962, "Anadolu Agency", "2024-12-08", """
ANKARA (AA) - The Syrian National Army on Saturday stormed the village of Arima east of Al-Bab and overran positions held by the YPG/PKK terror group, the National Defence Ministry said.
Later in the day the village fell to the SNA, which also advanced into the outskirts of Manbij.
Syrian regime forces, who had been deployed in the area under a 2019 deal, withdrew to the south.
""", [
  c("SNA", "Arima", "holds", "the village fell to the SNA", claimant="Turkish Ministry of National Defence"),
  c("YPG", "Arima", "lost", "overran positions held by the YPG/PKK", claimant="Turkish Ministry of National Defence", optional=True),
  c("SNA", "Manbij", "contested", "advanced into the outskirts of Manbij", extent="partial", claimant="Turkish Ministry of National Defence"),
])
art(963, "AFP", "2024-12-08", """
Damascus (AFP) - Rebels led by the Islamist group Hayat Tahrir al-Sham swept into Homs early Sunday, hours after the Syrian army said it had redeployed its forces outside the city.
The capture of Homs, Syria's third city, cuts Damascus off from the coast.
In the south, local rebel fighters took control of the city of Daraa, the cradle of the 2011 uprising, the Observatory said. The army was still holding Quneitra, according to the monitor.
""", [
  c("HTS-led rebels", "Homs", "holds", "Rebels led by the Islamist group Hayat Tahrir al-Sham swept into Homs"),
  c("Syrian army", "Homs", "lost", "it had redeployed its forces outside the city", optional=True),
  c("rebels", "Daraa", "holds", "local rebel fighters took control of the city of Daraa", claimant="SOHR"),
  c("Syrian army", "Quneitra", "holds", "The army was still holding Quneitra", claimant="SOHR"),
])
art(964, "Syrian Interior Ministry", "2025-03-07", """
LATAKIA - General Security forces regained control of the town of Jableh on Friday after gunmen loyal to the former regime had seized several checkpoints and the military academy there, the Interior Ministry said.
Reinforcements were sent to Baniyas, where remnants of the Assad army are still holed up in the surrounding villages, the ministry added.
A security source said the countryside of Qardaha had not yet come under government control.
""", [
  c("General Security", "Jableh", "regained", "General Security forces regained control of the town of Jableh", claimant="Interior Ministry"),
  c("Assad loyalists", "Jableh", "lost", "gunmen loyal to the former regime had seized several checkpoints", extent="partial", optional=True),
  c("remnants of the Assad army", "Baniyas", "holds", "remnants of the Assad army are still holed up in the surrounding villages", extent="partial", claimant="Interior Ministry"),
  c("General Security", "Qardaha", "holds", "had not yet come under government control", negated=None) if False else c("government", "Qardaha", "holds", "had not yet come under government control", optional=True, note="negated"),
])
art(965, "Enab Baladi", "2022-10-13", """
Hayat Tahrir al-Sham entered the city of Afrin on Thursday following clashes with the Third Legion of the Syrian National Army, according to Enab Baladi's correspondent.
The Third Legion handed over its headquarters in Kafr Janna to the Hamza Division, which is allied with HTS.
The city is now held by HTS, while the Third Legion retains control of Azaz.
""", [
  c("HTS", "Afrin", "holds", "The city is now held by HTS"),
  c("Third Legion (SNA)", "Afrin", "lost", "following clashes with the Third Legion", optional=True),
  c("Hamza Division (SNA)", "Kafr Janna", "holds", "handed over its headquarters in Kafr Janna to the Hamza Division", extent="partial"),
  c("Third Legion (SNA)", "Azaz", "holds", "the Third Legion retains control of Azaz"),
])
art(966, "The Guardian", "2016-12-11", """
Palmyra was retaken by Islamic State militants on Sunday, nine months after Syrian troops backed by Russian forces had driven them out, the monitor said.
The militants also captured the Jazal and Shaer gas fields north-west of the city.
Government troops pulled back to the T4 airbase to the west, which remains in army hands.
""", [
  c("IS", "Palmyra", "regained", "Palmyra was retaken by Islamic State militants"),
  c("Syrian government troops", "Palmyra", "lost", "Palmyra was retaken by Islamic State militants", optional=True),
  c("IS", "Jazal", "holds", "The militants also captured the Jazal and Shaer gas fields"),
  c("IS", "Shaer", "holds", "The militants also captured the Jazal and Shaer gas fields"),
  c("Syrian army", "T4 airbase", "holds", "the T4 airbase to the west, which remains in army hands"),
])
for i, (outlet, pub, text, control) in A.items():
    pathlib.Path(f"texts/{i}.txt").write_text(text, encoding="utf-8")
    g = {"id": str(i), "url": None, "published": pub, "outlet": outlet, "agencies": [], "summary": "own-words article in the style of " + outlet,
         "places": [], "casualties": [], "control": control, "notes": ["written for Sitrep in our own words; not a real article"]}
    pathlib.Path(f"gold/{i}.yaml").write_text(yaml.safe_dump(g, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
print(len(A), sum(1 for v in A.values() for x in v[3] if not x.get("optional")))

#!/usr/bin/env python3
"""Second-pass rewrites of first-draft sentences that stayed too close to real wording.
Each pair (old, new) is replaced in the page and in its label module, so the rows keep matching."""
import sys
EDITS = {
"page_comoros_azali_knifeattack2024_wire.txt": ("tools/labels/p1_comoros.py", [
 ('"The head of state is well, he is at home with his family and nothing in his condition calls for an evacuation," Energy Minister',
  '"Our president is recovering at home, surrounded by his family, and his doctors see no reason to send him anywhere," Energy Minister'),
 ('"If he travels in the coming weeks, it will be for his official engagements and for nothing else."',
  '"Those who are announcing a medical flight abroad are announcing something that does not exist."'),
 ('"A doctor was called and could only confirm the death. An investigation has been opened to establish what caused it," Djounaid told reporters at the courthouse.',
  '"The physician we sent for could do nothing but record the death. Finding out why this young man died is now the task of my office," Djounaid told reporters at the courthouse.'),
 ("He said Abdou had been granted 24 hours' leave on Sept. 11, had not reported back to his unit, and that no motive for the attack had yet been established.",
  "He said Abdou should have been back on duty on Sept. 12 after a day off and had been listed as absent since, and that investigators had found no motive for the attack."),
 ("Azali, a former army chief of staff who first took power in a 1999 coup, was declared winner of a fourth term in January in a vote the opposition rejected as fraudulent. At least one person was killed in the two days of protests that followed in Moroni.",
  "Azali first seized power as army chief of staff in 1999. Official results in January gave him a fourth term, which the opposition refused to accept, and the unrest that followed in Moroni left at least one person dead."),
 ("The archipelago of about 870,000 people, wedged between Mozambique and Madagascar, has seen some 20 coups or attempted coups since independence from France in 1975.",
  "Since breaking away from France in 1975, the islands, home to about 870,000 people between Mozambique and Madagascar, have been shaken by roughly twenty coups and attempted coups."),
]),
"page_zambia_lusaka_antirwandanriots2016_stateagency.txt": ("tools/labels/p2_zambia.py", [
 ("has commended the Zambia Police Service for the swift manner in which it moved to protect Rwandan nationals and their property once the riots broke out.",
  "has praised the Zambia Police Service for how quickly it moved to shield Rwandan nationals and their property once the riots broke out."),
 ("The Office of the United Nations High Commissioner for Refugees (UNHCR) in Lusaka has condemned the attacks on foreign nationals, among them refugees and former refugees who have lived in Zambia for many years.",
  "The Office of the United Nations High Commissioner for Refugees (UNHCR) in Lusaka has denounced the violence against foreign nationals, saying that many of the families targeted came to Zambia as refugees and have built their lives here over two decades."),
]),
"page_drc_mugunga_campbombing2024_noonbriefing.txt": ("tools/labels/p3_drc.py", [
 ("On Friday, the State Department's spokesman, Matthew Miller, said the attack came from positions held by the Rwanda Defence Force and the M23, and the United States strongly condemned it.",
  "On Friday, the State Department's spokesman, Matthew Miller, said the shells were fired from where the Rwanda Defence Force and the M23 are positioned, and that Washington strongly condemned the strike."),
 ("And the Congolese Government said this morning that the bombs were fired from an area held by the Rwandan army, called them terrorist acts and asked the facilitators of the Luanda process to impose sanctions on Rwanda.",
  "And the Congolese Government said this morning that the bombs came from ground held by Rwandan troops, branded the strike an act of terror and wants the mediators in the Luanda talks to punish Kigali with sanctions."),
 ("The head of the peacekeeping mission, MONUSCO, Bintou Keita, condemned the shelling on Friday in the strongest terms, and she noted",
  "The head of the peacekeeping mission, MONUSCO, Bintou Keita, was quick to condemn the shelling on Friday, and she noted"),
 ("called on every armed actor to respect the protected character of humanitarian sites and to keep military positions away from places where displaced families live.",
  "said that camps sheltering displaced families must stay free of soldiers and weapons, and asked all who carry arms in North Kivu to leave them untouched."),
]),
"page_seychelles_providence_explosion2023_presidency.html": ("tools/labels/p4_seychelles.py", [
 ("A delegation from the United Arab Emirates arrived in Seychelles on Monday to assess the damage and to discuss with the Government how the UAE can best support the country's recovery.",
  "A team sent by the United Arab Emirates landed on Monday to see the damage for itself and to agree with the Government on the help the Emirates will give to the recovery."),
 ("Accompanied by the President, the delegation toured the Providence Industrial Estate and a shelter where families moved out of their homes are being housed.",
  "With the President as their guide, the visitors walked through what remains of the Providence estate and spoke with families staying at an emergency shelter."),
 ("The State of Emergency was lifted at 5.50 pm on Thursday, and shops and normal traffic may resume everywhere except inside the Providence Industrial Estate, which remains closed to the public.",
  "The State of Emergency ended at 5.50 pm on Thursday: businesses may reopen and people may move about freely, but the Providence Industrial Estate stays sealed off."),
 ("The President announced the opening of the 7th December Disaster Fund, which will receive donations in rupees, dollars, pounds and euros from Seychellois and from friends of Seychelles abroad.",
  "The President said a 7th December Disaster Fund had been set up to collect gifts from Seychellois at home and abroad and from well-wishers overseas, in rupees, US dollars, pounds sterling or euros."),
 ("Two hundred and two people living near the estate will spend the night away from home, many of them in rooms offered free of charge by hotels and guesthouses.",
  "Two hundred and two people living near the estate will spend the night away from home, many of them as guests of hotels and guesthouses that have waived their charges."),
]),
"page_madagascar_ikongo_shooting2022_dailyscrape.txt": ("tools/labels/p5_madagascar.py", [
 ("The national gendarmerie said on Tuesday that 19 people had been killed and 21 others were still being treated in hospital after gendarmes opened fire",
  "The national gendarmerie said on Tuesday that the death toll had risen to 19, with 21 wounded still in hospital, after gendarmes opened fire"),
 ("said calm had returned to the town and that reinforcements had been sent from neighbouring districts to keep order.",
  "said the town was quiet again and that extra units had been brought in from neighbouring districts."),
 ("said his men had first used tear gas and fired warning shots, and had aimed at the crowd only when it broke through the security perimeter around the barracks.",
  "said his men had tried tear gas and shots in the air before any weapon was pointed at the crowd, and only after it had crossed the line set around the barracks."),
 ("and noted that more than a dozen attacks, kidnappings and killings of people with albinism have been recorded in Madagascar over the past two years.",
  "and recalled that people with albinism on the island have suffered well over ten abductions, assaults and murders since 2020."),
]),
"page_zimbabwe_goldmafia_documentary2023_radiointerview.txt": ("tools/labels/p6_zimbabwe.py", [
 ("that the relevant agencies had been directed to investigate and that anyone found to have broken the law would feel its full weight.",
  "that investigators had been instructed to look into every claim in the films and that no one who had broken the law would be shielded."),
 ("the Financial Intelligence Unit at the Reserve Bank froze the assets of four officials linked to the allegations.",
  "the Financial Intelligence Unit at the Reserve Bank blocked the bank accounts of four officials it connected to the smuggling claims."),
 ("he told the undercover reporters that paying him for his time was a gesture of appreciation and not a bribe.",
  "he told the undercover reporters that the fee he asked for was a thank-you, not a bribe."),
 ("said in a video that the documentary was an attack on one man and accused the journalists of ignoring the ethics of their profession.",
  "said in a video that the documentary was an attack on one man and accused the journalists of setting a trap no honest reporter would set."),
 ("He said the ambassador was entitled to do business with investors on behalf of his country.",
  "He said there was nothing improper in an envoy courting investors for his country."),
]),
}
for page, (mod, pairs) in EDITS.items():
    for path in (page, mod):
        s = open(path, encoding="utf-8").read()
        for old, new in pairs:
            if path == page:
                assert s.count(old) == 1, (path, old[:60])
            s = s.replace(old, new)
        open(path, "w", encoding="utf-8").write(s)
print("done")

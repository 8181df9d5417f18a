# first-draft phrases judged too close to real wording, replaced in the pages (kept as a record; run once)
import sys
R = {
"page_russia_kremlindrone2023_wire.txt": [
 ("with two drones aimed at the Kremlin overnight and said it would answer the attack at a moment of its own choosing.",
  "with two drones aimed at the Kremlin overnight, and warned that it would respond."),
 ("that military and security units had put the two unmanned aircraft out of action with electronic warfare systems, and that",
  "that army and security units had used electronic jamming to bring down the two unmanned aircraft, and that"),
 ("and noted that it came six days before the May 9 Victory Day parade, which foreign leaders are due to attend.",
  "and said the timing, six days before the May 9 Victory Day parade, was no accident."),
 ("State Duma speaker Vyacheslav Volodin said parliament would press for the armed forces to use weapons powerful enough to remove what he called the terrorist government in Kyiv, and that there could be no negotiations with it.",
  "State Duma speaker Vyacheslav Volodin said the drones had been aimed at the whole country and not at one man, and that lawmakers expected the army to answer with the most destructive means it had; there was nothing left to discuss with Zelenskiy's team, he added."),
 ("Ukrainian President Volodymyr Zelenskiy said his forces had enough to do defending Ukrainian towns and villages.",
  "Ukrainian President Volodymyr Zelenskiy dismissed the accusation as another Russian invention."),
 ("\"We are not going after Putin and we are not going after Moscow. Our soldiers are on our land, and that is where they will stay until it is free,\" Zelenskiy told reporters.",
  "\"Our army has more than enough work on Ukrainian soil. The Kremlin is not our target, and our soldiers will stay on our land until it is free,\" Zelenskiy told reporters."),
 ("Presidential adviser Mykhailo Podolyak said on Twitter that the story had been staged in Moscow to prepare the public for heavier strikes on Ukrainian cities before the parade, and that Ukraine had no military reason to target the Kremlin.",
  "Presidential adviser Mykhailo Podolyak wrote on Twitter that the Kremlin needed a tale of victimhood before May 9 and would use it to justify the next wave of missiles against Ukrainian cities."),
 ("\"I have no way of checking these reports, and the Kremlin has given the world a great many reasons to doubt what it says,\" Blinken said.",
  "\"Moscow's record on these matters is not one that invites trust, so I will wait for the facts before I say more,\" Blinken said."),
 ("He added that how Ukraine defended itself against the invasion was a decision for Ukrainians, who were being attacked every day.",
  "He added that Washington did not tell Kyiv where and how to fight a war that had been forced on it, and that Ukrainians were under attack every day."),
],
"page_belarus_machulishchy2023_stateagency.txt": [
 ("by the Security Service of Ukraine, and the American special services, in his words, either directed the work or looked on without objecting.",
  "by the Security Service of Ukraine with the knowledge of the American special services."),
 ("Aleksandr Lukashenko pointed out that the aircraft had suffered only minor damage, that the Russian side had been asked to take it for inspection and to send another one in its place, and that this had been done.",
  "Aleksandr Lukashenko pointed out that the damage to the aircraft had been insignificant and that, at Minsk's request, Moscow had flown it home for checks and replaced it with another machine."),
],
"page_ukraine_kremenchuk_mall2022_unmeetings.txt": [
 ("Political Affairs Chief Says Civilian Toll 'Considerably Higher' than Verified Figures; Russian Federation Says Missiles Hit Weapons Depot",
  "Political Affairs Chief Says Verified Civilian Toll Understates Reality; Russian Federation Says Missiles Hit Weapons Depot"),
 ("\"Any organization that did what the Russian Federation does every day would be called a terrorist organization, and any State that does it deserves the same name; there is no definition of a terrorist State in your documents yet, and the war against my country shows why you need one,\" he said.",
  "\"Kremenchuk was not a mistake and not an accident. It is the method of a State that has made terror an ordinary instrument of its policy, and your law still has no word for such a State,\" he said."),
 ("He asked the Secretary-General to send a special representative, or an evidentiary commission, to Kremenchuk to establish independently whose missiles had destroyed the building.",
  "He asked that the Secretary-General dispatch his own envoy or a team of investigators to Kremenchuk so that the United Nations could see for itself whose missiles had destroyed the building."),
 ("The Russian Federation should lose its right to speak and vote on the war it had started, he added, calling for an international tribunal to examine everything Russian forces had done on Ukrainian soil.",
  "He also urged members to suspend the Russian Federation's part in United Nations decisions on the war and to set up an international tribunal for the crimes committed by Russian forces in Ukraine."),
 ("including 4,731 people killed, and that the real figures were considerably higher.",
  "including 4,731 people killed, and that the actual numbers were certainly much larger."),
 ("She said that at least 18 people had been killed and 59 injured in Kremenchuk, according to local authorities, when the shopping centre was hit by what were reported to be Russian missiles, and that the Secretary-General had called the attack deplorable.",
  "She said local authorities in Kremenchuk had counted at least 18 dead and 59 wounded after missiles, reportedly Russian, hit the shopping centre, and that the Secretary-General had called the attack deplorable."),
 ("He said the Council was being turned into a platform for video appeals for more arms, and accused Western members",
  "He said the Council's time had been used for a televised fund-raising appeal for weapons, and accused Western members"),
],
"page_lithuania_astravyets_launch2020_mfa.html": [
 ("<p>The note states that Belarus has launched the plant in breach of its obligations under the Espoo and Aarhus Conventions, without implementing the recommendations of the EU stress tests and without answering the questions Lithuania has raised for more than ten years.</p>",
  "<p>The note points to Belarus's violations of the Espoo and Aarhus Conventions and to the stress-test recommendations it has left unimplemented, as well as to questions Lithuania has been asking for more than ten years without an answer.</p>"),
 ("<p>Lithuania calls on Belarus to suspend the operation of the plant until all international nuclear safety and environmental requirements have been met and verified by independent experts.</p>",
  "<p>Lithuania demands that Belarus halt the reactor and keep it shut down until independent experts confirm that every international safety and environmental obligation has been fulfilled.</p>"),
],
"page_northmacedonia_kocani_fire2025_liveblog.html": [
 ("<p>Prime Minister Hristijan Mickoski said the club had held a valid permit only in 2021 and 2023, and that the licence renewed in 2024 appeared to have been forged.</p>",
  "<p>Prime Minister Hristijan Mickoski said the paperwork showed the club had been properly licensed in only two years, 2021 and 2023, and that the 2024 renewal seemed to rest on a forged document.</p>"),
],
"page_ireland_russiandrills_fishermen2022_dailyscrape.txt": [
 ("Minister for Foreign Affairs and Defence Simon Coveney told EU counterparts in Brussels on Monday that Moscow had chosen to stage war games on the western edge of the Union at a moment of acute tension over Ukraine, and that Ireland had made clear to the ambassador that it did not want them.",
  "Minister for Foreign Affairs and Defence Simon Coveney told EU counterparts in Brussels on Monday that Ireland had informed the Russian ambassador it objected to the exercise, saying live firing off the Irish coast while Russian troops massed near Ukraine sent exactly the wrong signal."),
 ("\"There is no threat in this to Ireland, to Irish people or to anybody else. Ships of many navies exercise in these waters, and nobody holds a press conference about it,\" Mr Filatov said.",
  "\"Nobody in Ireland has anything to fear from these exercises. Ships of many navies train in these waters, and nobody holds a press conference about it,\" Mr Filatov said."),
 ("He said the reaction in Dublin had been blown out of all proportion, and suggested",
  "He said the reaction in Dublin bore no relation to the scale of the exercise, and suggested"),
],
}
for doc, pairs in R.items():
    s = open(doc, encoding="utf-8").read()
    for a, b in pairs:
        if a in s:
            s = s.replace(a, b, 1)
        elif b not in s:
            sys.exit(f"missing in {doc}: {a[:60]}")
    open(doc, "w", encoding="utf-8").write(s)
print("ok")

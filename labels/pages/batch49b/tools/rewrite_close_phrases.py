"""Second-pass rewrites of first-draft sentences that came too close to real wording.
Each pair is applied to the page and to the rows file (same text)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
EDITS = {
 ("page_mozambique_canalmoz_arson2020_stateagency.txt", "rows_2_mozambique.py"): [
  ("described the arson as a barbaric act intended to frighten every journalist in the country into silence.",
   "described the arson as a savage act meant to teach every journalist in the country to keep quiet."),
  ("and said the union would demand that the authors of the crime be found, tried and made to pay for the damage they caused.",
   "and said the union would not let the case be forgotten until those who set the fire had been convicted."),
  ("had been found among the ashes, leaving no room for any theory of an accident.",
   "had been found among the ashes, and that the fire had plainly been set on purpose."),
 ],
 ("page_somalia_sahafihotel_bombing2018_wire.txt", "rows_1_somalia.py"): [
  ("had tried to force their way into the hotel compound after the first blasts and had been shot dead by hotel guards and police.",
   "had tried to force their way into the hotel compound after the first blasts and were killed by the hotel's guards and police officers before they could get inside."),
 ],
 ("page_rwanda_kabuga_arrest2020_noonbriefing.txt", "rows_3_rwanda.py"): [
  ("for the joint work that led to the arrest, and he reminded all Member States that they are bound to cooperate with the Mechanism in tracking down and surrendering the fugitives who remain at large.",
   "for the joint work that led to the arrest, and he stressed that no country should offer a hiding place to anyone the Mechanism is looking for."),
  ("He said his thoughts were with the survivors of the genocide against the Tutsi and with the families of the hundreds of thousands of people who were killed.",
   "He dedicated the moment to the survivors of the genocide against the Tutsi and to the families of the hundreds of thousands of people who were killed."),
 ],
 ("page_djibouti_buldhuqo_clashes2015_mfa.html", "rows_4_djibouti.py"): [
  ("In the early hours of Monday 21 December 2015, several dozen individuals, some of them carrying firearms, attacked units of the National Police deployed in the Buldhuqo area of Balbala.",
   "In the early hours of Monday 21 December 2015, units of the National Police on duty in the Buldhuqo area of Balbala came under attack from a large group, part of which was armed."),
  ("Nine people were wounded, among them a police officer.",
   "The communiqu\u00e9 put the number of wounded at nine, one of them a member of the police."),
 ],
 ("page_kenya_sarungi_abduction2025_liveblog.html", "rows_5_kenya.py"): [
  ("<li>Maria Sarungi Tsehai was forced into a black Toyota Noah by three armed men in Kilimani on Sunday at about 3.15pm.</li>",
   "<li>Three gunmen bundled Maria Sarungi Tsehai into a car in Kilimani on Sunday at about 3.15pm.</li>"),
  ("has been seized by three armed men in a black Toyota Noah at Chaka Place in Kilimani, Nairobi, at about 3.15pm.",
   "has been bundled into a black Toyota Noah by three men carrying guns at Chaka Place in Kilimani, Nairobi, at about 3.15pm."),
  ("ALERT: Maria Sarungi Tsehai has been forced into a vehicle by three armed men in Kilimani.",
   "ALERT: Three gunmen have pushed Maria Sarungi Tsehai into a car in Kilimani."),
  ("I am free and I am safe. Thank you to every lawyer, activist and friend who refused to stay silent tonight. I will tell you everything tomorrow.",
   "They have let me go and I am not hurt. To the lawyers, activists and friends who kept shouting my name tonight: asante sana. I will tell you everything tomorrow."),
  ("I am free and I am safe.", "They have let me go and I am not hurt."),
  ("Thank you to every lawyer, activist and friend who refused to stay silent tonight.",
   "To the lawyers, activists and friends who kept shouting my name tonight: asante sana."),
  ("\\\"I know who took my wife. It is the Tanzania Intelligence and Security Service, and the Kenyan government is letting them hunt on its soil,\\\" he said.",
   "\\\"Men who work for Tanzania's spy agency came for my wife in a city where she thought she was safe, and the Kenyan government is letting them hunt here,\\\" he said."),
  ("\"I know who took my wife. It is the Tanzania Intelligence and Security Service, and the Kenyan government is letting them hunt on its soil,\" he said.",
   "\"Men who work for Tanzania's spy agency came for my wife in a city where she thought she was safe, and the Kenyan government is letting them hunt here,\" he said."),
  ("said it condemned the abduction in the strongest terms and noted that it was the second time in less than two months that a foreign national had been seized in Nairobi.",
   "said it condemned the abduction in the strongest terms and pointed out that Kizza Besigye had been taken from the same city only eight weeks earlier."),
  ("\\\"President Ruto's government must stop letting neighbouring regimes use our capital to hunt down their critics,\\\" the commission said in a statement.",
   "\\\"A government that cannot stop foreign agents from seizing people in Kilimani is either failing or looking away, and Kenyans deserve to know which,\\\" the commission said in a statement."),
  ("\"President Ruto's government must stop letting neighbouring regimes use our capital to hunt down their critics,\" the commission said in a statement.",
   "\"A government that cannot stop foreign agents from seizing people in Kilimani is either failing or looking away, and Kenyans deserve to know which,\" the commission said in a statement."),
  ("<h3>KHRC: Kenya is being turned into a hunting ground</h3>", "<h3>KHRC: \"Failing or looking away\"</h3>"),
  ("said it believed the men were Tanzanian security agents working outside their country's borders.",
   "said the abduction bore the hallmarks of Tanzania's security services, which it accused of pursuing the government's critics abroad."),
 ],
 ("page_tanzania_pregnantschoolgirls_ban2017_dailyscrape.txt", "rows_6_tanzania.py"): [
  ("told a rally at Chalinze in Coast Region that girls who give birth while at school would not be readmitted to public schools for as long as he is in office, and that men found to have made schoolgirls pregnant should be jailed.",
   "told a rally at Chalinze in Coast Region that his government would not take back into public schools any girl who gives birth while still a pupil, and that men found to have made schoolgirls pregnant should be jailed."),
  ("He brushed aside the organisations lobbying for a re-entry policy, saying they were free to build and run schools of their own if they felt so strongly about the matter.",
   "He brushed aside the organisations lobbying for a re-entry policy, saying the government would not be lectured by outsiders on how to run its schools."),
  ("said the President had issued an instruction to be carried out, not an invitation to debate.",
   "said the matter had been settled by the President and that the job of ministers now was to enforce it."),
  ("\\\"What the minister is doing is using the threat of closure to frighten people into silence. That is not how a government that respects its own Constitution behaves,\\\" he said.",
   "\\\"The minister is trying to win an argument by shutting down the people he disagrees with. Our registration does not depend on agreeing with him,\\\" he said."),
  ("\"What the minister is doing is using the threat of closure to frighten people into silence. That is not how a government that respects its own Constitution behaves,\" he said.",
   "\"The minister is trying to win an argument by shutting down the people he disagrees with. Our registration does not depend on agreeing with him,\" he said."),
  ("took a softer line, saying it would keep its working relationship with the government and look for quieter ways of making the case for young mothers.",
   "took a softer line, saying it preferred to raise the issue with officials in private rather than through the press."),
  ("LHRC acting executive director Anna Henga said the organisations had broken no law by disagreeing with a position taken by the Head of State.",
   "LHRC acting executive director Anna Henga said the organisations had registered under Tanzanian law precisely to do this kind of advocacy."),
  ("\\\"Nothing in our laws forbids a citizen or an organisation from holding a different view from the President. If the minister believes we have committed an offence, let him name it and take us to court,\\\" Ms Henga said.",
   "\\\"If the minister believes we have committed an offence, let him name the section of the law and take us to court. Until then, we will keep speaking for these girls,\\\" Ms Henga said."),
  ("\"Nothing in our laws forbids a citizen or an organisation from holding a different view from the President. If the minister believes we have committed an offence, let him name it and take us to court,\" Ms Henga said.",
   "\"If the minister believes we have committed an offence, let him name the section of the law and take us to court. Until then, we will keep speaking for these girls,\" Ms Henga said."),
 ],
}
for (page, rows), pairs in EDITS.items():
    for path in (os.path.join(OUT, page), os.path.join(HERE, rows)):
        s = open(path, encoding="utf-8").read()
        for a, b in pairs:
            if a in s:
                s = s.replace(a, b)
        open(path, "w", encoding="utf-8").write(s)
print("done")

import os,glob
BASE='/work/batch43c'
REW = {
'page_tunisia_emiratesban_women2017_wire.txt': [
 ('"We understand that a state wants to protect its territory and its people. What we cannot accept is the way our citizens were treated at the gate, with no warning given to us and not a word of explanation given to them," Garrach said.',
  '"Every country has the right to take precautions. Our complaint is about the method: families were split up at the gate, and nobody in Tunis was told in advance," Garrach said.'),
 ('She said the dispute should not be described as a diplomatic crisis.',
  'She played down talk of a rupture between the two governments, saying contacts had continued throughout the weekend.'),
 ('President Beji Caid Essebsi said in a statement that no security concern could justify treating Tunisian women as suspects, but he instructed Foreign Minister Khemaies Jhinaoui to work with Abu Dhabi to settle the matter quickly and to protect the ties between the two countries.',
  'President Beji Caid Essebsi said in a statement that the dignity of Tunisian women was not negotiable under any pretext, while asking Foreign Minister Khemaies Jhinaoui to find a solution with Abu Dhabi that would keep relations between the two countries intact.'),
 ('"The Emirati side has apologised to me for what happened on Friday, but an apology on the telephone is not enough. It should be made openly, to Tunisians, because it is Tunisians who were humiliated," he said.',
  '"Abu Dhabi called me and said it was sorry. I told them a private call does not settle this; the people who stood humiliated at the airport are owed a public word," he said.'),
 ('and the envoy told officials that the measure was temporary, had been taken for security reasons and had already been lifted, the ministry said.',
  'and the envoy told officials that the restriction was a passing security precaution that was no longer in force, the ministry said.'),
 ('said on Twitter on Sunday that Abu Dhabi had been in touch with Tunisia about security information that had called for specific, short-lived measures.',
  'said on Twitter on Sunday that Abu Dhabi had informed Tunisia of a security concern and that the step it had taken was limited in scope and in time.'),
 ('He said the UAE held Tunisian women in high regard and cautioned against what he called attempts to distort the issue, without saying who he meant.',
  'He praised the place of Tunisian women in their society and cautioned against what he called attempts to twist the affair, without saying who he meant.'),
 ('said in a post on Facebook that the suspension would remain until the airline found a way of operating that respected international rules, and it called the boarding refusals a breach of the regulations that govern civil aviation.',
  'said in a post on Facebook that the suspension would stay until Emirates could guarantee that it would run the route without breaching international rules, and it called the boarding refusals a breach of the regulations that govern civil aviation.'),
 ('called on Tunisians to stop flying with Emirati carriers and said the government should answer firmly a decision it described as arbitrary and humiliating for the whole country.',
  'urged Tunisians to shun Emirati airlines and pressed the government to respond firmly to what it called an insult to every Tunisian family.'),
],
'page_saudi_jasta_override2016_stateagency.txt': [
 ('regarded the adoption of the law by the United States Congress as a step that strikes at the principle of state immunity, on which the conduct of relations between nations has rested for centuries, and that the weakening of this principle would harm every state without exception, the United States of America among them.',
  'regarded the adoption of the law by the United States Congress as an unprecedented breach of the rule that protects states from being sued in one another\'s courts, and warned that no country, including the one that passed the law, would be spared its consequences.'),
 ('The Minister added that the Council voiced the hope that the legislators in Washington would reconsider the law before its effects reached the long-standing partnership between the two friendly countries, and that they would take the steps required to spare that partnership any damage.',
  'The Minister added that the Council looked to the legislators in Washington to revisit the law, so that a partnership of more than seven decades between the two friendly countries would not be made to pay for it.'),
 ('Secretary General of the Organization of Islamic Cooperation Iyad bin Amin Madani expressed the deep concern of the organization over the adoption of the law, which he said disregards the immunity of states, a settled principle of international law, and threatens to open the door to disorder in relations between countries.',
  'Secretary General of the Organization of Islamic Cooperation Iyad bin Amin Madani expressed the deep concern of the organization over the adoption of the law, saying that a single state had decided on its own to set aside a rule on which all states rely, and that others might now be tempted to follow.'),
 ('rejected the law as a flagrant departure from the rules of international relations and affirmed',
  'rejected the law as incompatible with the rules that have long governed dealings between sovereign states and affirmed'),
],
'page_libya_tripoli_seventhbrigade2018_noonbriefing.txt': [
 ('Mr. Salamé said the violence of the past ten days had shown how thin the calm in Tripoli had been, and he warned',
  'Mr. Salamé said the violence of the past ten days had shown that the relative quiet in Tripoli since last year had been deceptive, and he warned'),
 ("The Secretary-General welcomed the agreement and thanked the Libyan parties who accepted the Mission's invitation.",
  'The Secretary-General welcomed the agreement and commended the Libyan representatives who came to Zawiya for choosing to talk.'),
 ('We remind all parties that civilians and civilian infrastructure must never be targeted, and that the indiscriminate shelling of residential neighbourhoods is a violation of international humanitarian law.',
  'We want to be clear that shelling residential neighbourhoods without distinction breaks the rules of international humanitarian law, and that civilians and civilian infrastructure are never a legitimate target.'),
 ('The Secretary-General has been clear that those responsible for violations of international humanitarian law must be held to account, and he fully supports',
  'The Secretary-General has said repeatedly that there can be no impunity for breaches of international humanitarian law, and he fully supports'),
],
'page_egypt_italianconsulate_bomb2015_liveblog.html': [
 ("The EU's foreign policy chief, Federica Mogherini, said in a statement that Egypt and Europeans had once again been struck by terrorists, and that Europe stood with the Egyptian authorities in bringing those responsible to justice.",
  "The EU's foreign policy chief, Federica Mogherini, said in a statement that the terrorists' bomb was aimed at Egyptians and Europeans alike and that the EU would back Cairo's efforts to find those behind it."),
 ("Italy's president, Sergio Mattarella, described the bombing as a cowardly act that showed how serious the terrorist threat had become, and urged the European Union and the wider international community to respond with effective measures.",
  "Italy's president, Sergio Mattarella, called the bombing vile and said Europe could no longer treat attacks of this kind as someone else's problem, urging the European Union to act together with its partners."),
 ('According to the statement, Renzi told Sisi that Italy and Egypt would face the threat of terrorism and fanaticism side by side.',
  'According to the statement, Renzi assured Sisi that Rome would not step back from its partnership with Cairo against extremist violence.'),
 ('Later, at a news conference in Rome, Gentiloni said he believed the consulate itself had been the target and that Italy would raise security at its other sites in Egypt.',
  "Later, at a news conference in Rome, Gentiloni said he had no doubt that Italy's mission was what the bombers had aimed at, and that Italy would raise security at its other sites in Egypt."),
 ('and warned Muslims to keep away from such buildings, which it said would remain targets.',
  'and told Muslims that places of this kind were fair game for its fighters and should be avoided.'),
 ("Sisi's spokesman said the president had assured Renzi that Egypt would do whatever was needed to secure diplomatic and consular premises, and had thanked Italy for its support in the fight against terrorism in the region.",
  "Sisi's spokesman said the president had told Renzi that the protection of foreign missions was a duty Egypt took on in full, and had thanked Italy for standing by Egypt against militant groups in the region."),
 ('Speaking to reporters among the rubble, Mahlab said the bombing was part of a war that the whole world had to wage together, and that the government would rebuild the consulate at its own expense.',
  'Speaking to reporters among the rubble, Mahlab said terrorism was a threat no single country could defeat on its own, and that the government would rebuild the consulate at its own expense.'),
],
'page_jordan_muwaqqar_jiptc2015_dailyscrape.txt': [
 ('in which he offered his condolences and condemned the cowardly attack, which he said all Jordanians rejected, the Royal Court said.',
  'in which he offered his condolences and denounced the attack, saying it ran against everything Jordanians stood for, the Royal Court said.'),
 ('In Washington, President Obama said the United States was treating the shooting with the utmost seriousness and would work hand in hand with Jordanian investigators to find out exactly what had happened.',
  "In Washington, President Obama said the United States would help Jordan's investigators in every way it could, adding that the attacker had been wearing a military uniform."),
 ('on a State Department programme that trains Palestinian security forces, and that Jordanian officials had offered their full support.',
  'on a State Department programme that trains Palestinian security forces, and that the Jordanian government had been cooperating fully from the first hour.'),
 ('The US embassy in Amman offered its condolences to the families of all those killed and said it was too soon to say what had driven the gunman.',
  "The US embassy in Amman offered its condolences to the families of all those killed and declined to comment on the gunman's motive while the investigation was under way."),
 ("told the Courier by telephone that Anwar had been devout but moderate and had shown no sign of sympathy for any extremist group.",
  "told the Courier by telephone that Anwar had prayed regularly but had never spoken in favour of any armed group."),
 ('He said the family would not collect the body until the authorities explained how he had died.',
  'He said the family was waiting for an official account of how Anwar was killed before arranging a funeral.'),
],
}
n=0
for doc,pairs in REW.items():
    p=os.path.join(BASE,doc); s=open(p).read()
    for a,b in pairs:
        assert s.count(a)==1,(doc,a[:60]); s=s.replace(a,b); n+=1
    open(p,'w').write(s)
    for lf in glob.glob(BASE+'/tools/labels_*.py'):
        t=open(lf).read(); c=False
        for a,b in pairs:
            for aa,bb in ((a,b),(a.replace('"','\\"'),b.replace('"','\\"'))):
                if aa in t: t=t.replace(aa,bb); c=True
        if c: open(lf,'w').write(t)
print(n,'rewrites')

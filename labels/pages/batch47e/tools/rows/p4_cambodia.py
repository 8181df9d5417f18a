DOC = 'page_cambodia_adhoc_soensally2016_mfa.html'
KH = 'Cambodia'
UN = 'United Nations'
AD = 'Cambodian Human Rights and Development Association'
ROWS = [
("The Ministry of Foreign Affairs and International Cooperation of the Kingdom of Cambodia wishes to inform the public of its position concerning Mr. Soen Sally, a staff member of the Office of the United Nations High Commissioner for Human Rights in Cambodia (OHCHR), who has been named as an accomplice in the case of bribery of a witness currently before the Phnom Penh Municipal Court.",
 KH, 'neutral', 'neutral', '', "lead-in of the release; facts of the case"),
("Having examined the relevant provisions of international law and having consulted the Office of the United Nations in Phnom Penh, the Ministry has concluded that Mr. Soen Sally enjoys immunity from legal process in respect of acts performed in his official capacity, in accordance with the Convention on the Privileges and Immunities of the United Nations of 1946, to which the Kingdom of Cambodia is a party.",
 KH, 'neutral', 'neutral', '', "legal finding stated without evaluation (it favours the UN, but no approval is expressed)"),
("The Ministry has therefore notified the relevant Cambodian institutions that Mr. Soen Sally is covered by this immunity, and has asked that the proceedings concerning him be halted.",
 KH, 'supporting', 'neutral', UN, "an act protecting the UN's staff member (backing by act) (unsure: an internal request to its own authorities could be neutral)"),
("The Ministry wishes to underline that the Royal Government of Cambodia honours in full the obligations it has freely undertaken under international conventions, and that it values the cooperation it has maintained with the United Nations for more than two decades.",
 KH, 'supporting', 'positive', UN, "valuing cooperation with the UN = approval; the obligations part is self-reassurance"),
("At the same time, the Ministry recalls that the privileges and immunities granted to United Nations personnel are given in the interest of the Organization and not for the personal benefit of individuals, and that all such personnel are expected to respect the laws and regulations of the host country.",
 KH, 'neutral', 'negative', '', "a pointed reminder of the rules, no judgement word and no appeal for a peaceful course (unsure: a veiled rebuke of UN staff, could be condemning)"),
# no row: figcaption; "Responding to questions from journalists ... made the following remarks." (lead-in)
("The European Union Delegation and the embassies of the EU Member States said in a local statement this week that they were deeply concerned by the detention of four staff members of ADHOC and a deputy secretary-general of the National Election Committee, and they asked the authorities to release them on bail.",
 'European Union', 'calling_for_talks', 'negative', KH, "journalist's question reporting the EU's local statement = the EU's statement (delegation + member states together = EU); concern + request with no judgement"),
# no row: "What is the Ministry's response?" (question); "We have taken note of that statement." (no position)
("I want to be very clear that the persons concerned were not charged because of their work in the field of human rights.",
 KH, 'neutral', 'negative', '', "spokesperson = Cambodia; denial of the accusation -> neutral, negative"),
("They were charged because the investigating judge found grounds to believe that they paid a witness to give false testimony, which is a crime under Article 548 of the Criminal Code, as it would be in any country that respects the rule of law.",
 KH, 'condemning', 'negative', AD, "accusation repeated by the government against the ADHOC staff (target = their organisation, new actor) (unsure: could be neutral as a description of the charge)"),
("It is regrettable that some of our partners have chosen to comment publicly on a case that is still under investigation, because such comments weigh on a court that must be left to work independently and run against the principle of non-interference set out in Article 41 of the Vienna Convention on Diplomatic Relations.",
 KH, 'condemning', 'negative', '', "'regrettable' + accusation of interference aimed at several partners -> empty target"),
("The United States Embassy has also said the charges appear to be politically motivated and has called for the case to be handled transparently.",
 'United States', 'condemning', 'negative', KH, "reported in a question; 'politically motivated' = judgement (+ appeal, rule 1)"),
("And the UN Special Rapporteur on Cambodia, Professor Rhona Smith, has called on the Government to release them.",
 UN, 'calling_for_talks', 'negative', KH, "special rapporteur = United Nations; demand with no judgement word"),
("Cambodia does not accept lessons on the rule of law from anyone who has not read the case file.",
 KH, 'condemning', 'negative', '', "rebuke of critics (the US and others) -> condemning, several -> empty target"),
("The accusation that the case is political is baseless, and I would ask our friends to wait for the court to do its work before they reach conclusions.",
 KH, 'neutral', 'negative', '', "denial ('baseless') + request to wait; no counter-blame -> neutral, negative (unsure)"),
("With regard to the Special Rapporteur, we respect her mandate, and the Royal Government will continue to receive her and to discuss her recommendations in a spirit of dialogue, as it has always done.",
 KH, 'calling_for_talks', 'positive', UN, "commitment to dialogue with the UN rapporteur"),
("Human Rights Watch says the case shows that the courts are being used against the Government's critics, and that even a UN staff member is now targeted.",
 'Human Rights Watch', 'condemning', 'negative', KH, "reported in a question; judgement on the government"),
# no row: "Will the Government allow ...?" (question); "Of course." (the next sentence carries the position)
("The Office works in Cambodia under an agreement with the Royal Government, and the Royal Government supports its technical cooperation programmes.",
 KH, 'supporting', 'positive', UN, "support for the OHCHR office's programmes"),
("What we ask is that all partners respect the sovereignty of Cambodia and the independence of its institutions, nothing more.",
 KH, 'calling_for_talks', 'neutral', '', "request to all partners with no judgement word (labels README: a demand with no judgement) (unsure: implies they do not, could be condemning)"),
# no row: "The Ministry ... has taken note of statements issued in recent days ..." (lead-in, no position)
("The Ministry firmly rejects any claim that these proceedings constitute a campaign against human rights defenders or civil society, since the charges relate to specific criminal acts and not to the legitimate activities of any organization.",
 KH, 'neutral', 'negative', '', "denial -> neutral, negative"),
("The Ministry considers that public calls for the release of accused persons before the court has ruled amount to an attempt to influence the judicial process of a sovereign State, and it regrets that such calls have been made without regard to the facts of the case.",
 KH, 'condemning', 'negative', '', "accusation of interference + regret aimed at several governments, UN mechanisms and NGOs -> empty target"),
("The Kingdom of Cambodia is a State governed by the rule of law, in which the judiciary exercises its functions independently, and the rights of the accused, including the right to defend themselves with the assistance of counsel of their choice, are fully guaranteed.",
 KH, 'neutral', 'positive', '', "reassurance about own conduct (labels README)"),
("The Ministry reaffirms that the Royal Government of Cambodia remains open to constructive dialogue with all its development partners and with the United Nations on matters of common interest, on the basis of mutual respect.",
 KH, 'calling_for_talks', 'positive', '', "openness to dialogue with several partners"),
]

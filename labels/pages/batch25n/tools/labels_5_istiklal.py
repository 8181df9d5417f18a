# ------------------------------------------------------------------ Istiklal Avenue bombing, Istanbul (live blog, 2022-11-13/14)
d = "page_turkey_istiklal_bombing_liveblog.txt"
# Not statements: brand, menu, LIVE label, headline (carries Ankara's charge and its rejection of US condolences: headline, no row),
# standfirst, last-updated stamp, bylines, 'Key events' bullets, time stamps, the blog's own sign-off (13:05) and first alert (16:20),
# day divider, ADVERTISEMENT, Related, share bar, topics, copyright.
U(d, "Deniz Arikan, a security analyst at the Bosphorus Security Forum in Istanbul, said", "very likely within weeks.",
  ("Deniz Arikan", N, neu, "", "invented analyst; forecast, no judgement"))
U(d, "\"If Ankara wants its allies to back it this time", "Arikan told us.",
  ("Deniz Arikan", T, neu, "Turkey", "appeal to share evidence with allies (a cooperative course); the jab at TV studios is not a judgement of an actor (unsure: could be neutral advice)"))
U(d, "The Kurdistan Communities Union (KCK), the umbrella body of the PKK, said in a statement carried by the Firat news agency", "did not target civilians.",
  ("PKK", N, neg, "", "KCK = PKK in the name files; 'in a statement carried by' (second-hand); denial = neutral, negative"))
U(d, "Mazloum Abdi, commander of the Syrian Democratic Forces, wrote on Twitter", "the families of the victims.",
  ("Syrian Democratic Forces", N, neg, "", "denial + condolences, no judgement = neutral, negative"))
U(d, "Abdi said Ankara was building a case for a fresh military operation", "destabilise the whole region.",
  ("Syrian Democratic Forces", C, neg, "Turkey", "surname only; imputes a pretext to Ankara + warning = judgement"))
U(d, "Sweden's Foreign Minister Tobias Billstrom condemned the attack", "against terrorism in every form.",
  ("Sweden", C, neg, "", "condemnation + solidarity: rule 1; the perpetrator is unnamed -> target empty"))
# "Sweden and Finland are waiting for Turkey to ratify ..." = background narration naming actors, no row.
U(d, "Saudi Arabia, Qatar and the United Arab Emirates each condemned the bombing", "overnight.",
  ("Saudi Arabia", C, neg, "", "states as a list: one row per state; condemnation, perpetrator unnamed"),
  ("Qatar", C, neg, "", "same list"),
  ("United Arab Emirates", C, neg, "", "same list"))
U(d, "Greek officials said they had received no request from Ankara", "through the usual channels.",
  ("Greece", N, neu, "", "officials given by the state's adjective = Greece; facts + readiness to cooperate under the law, no judgement (unsure: an implicit answer to Soylu)"))
U(d, "Soylu had said earlier that the suspect would have fled to Greece", "had she not been caught.",
  ("Turkey", N, neu, "", "reported clause: Soylu's claim about the suspect's plans; Greece is a place here, no judgement of Greece"))
U(d, "Responding to Soylu's comments, a State Department official said the United States had nothing to do with the attack", "message of sympathy stood.",
  ("United States", N, neg, "", "unnamed official of a named government = United States; denial = neutral, negative"))
U(d, "Interior Minister Suleyman Soylu said on Monday that Turkey was turning down the condolences", "Kurdish-led forces in Syria.",
  ("Turkey", C, neg, "United States", "refusing the US message in protest = condemning; 'widely read as a barb' is the outlet's gloss"))
U(d, "\"Nobody should take us for naive.", "broadcast by Turkish channels.",
  ("Turkey", C, neg, "", "Soylu; quote closed by the speaker with a second-hand tail ('according to footage broadcast'); threat of an answer, no side named in the unit -> target empty"))
U(d, "Communications Director Fahrettin Altun wrote that countries which armed the YPG", "calling partners.",
  ("Turkey", C, neg, "", "judgement aimed at unnamed countries arming the YPG -> target empty"))
U(d, "Soylu said investigators had traced the plot to Kobani", "its Syrian offshoot, the YPG.",
  ("Turkey", C, neg, "", "lays the blame on the PKK and the YPG = condemning; two actors -> target empty"))
U(d, "In remarks carried by the state news agency Anadolu, he said the person who left the bomb", "at an address in Istanbul.",
  ("Turkey", N, neu, "", "'he' = Soylu; 'in remarks carried by the state news agency' (second-hand); arrest reported as a fact"))
U(d, "Police named the suspect as Ahlam Albashir, a Syrian national.", "a Syrian national.",
  ("Turkey", N, neu, "", "the police are a state body; a fact given by an actor = neutral"))
# "Footage released by police showed officers ..." = description of footage, no row.
U(d, "Health Minister Fahrettin Koca said dozens of the wounded", "in a serious condition.",
  ("Turkey", N, neu, "", "figures"))
U(d, "NATO Secretary General Jens Stoltenberg posted that the attack on Istanbul was felt across the alliance", "count on its allies.",
  ("NATO", S, pos, "Turkey", "solidarity with an ally = supporting"))
U(d, "Azerbaijan's President Ilham Aliyev said in a message to Erdogan", "as their own.",
  ("Azerbaijan", S, neg, "Turkey", "sympathy with Turkey = solidarity (supporting), grief in tone"))
U(d, "The Kremlin said President Vladimir Putin had sent Erdogan a telegram of sympathy.", "telegram of sympathy.",
  ("Russia", S, neg, "Turkey", "reported clause about Russia's own act (Kremlin about Putin) = one Russia row; condolence = solidarity"))
U(d, "Ukraine's President Volodymyr Zelensky wrote that Ukraine mourned with the people of Turkiye.", "people of Turkiye.",
  ("Ukraine", S, neg, "Turkey", "mourning with Turkiye = solidarity (supporting)"))
U(d, "The European Union's foreign policy chief Josep Borrell, Commission President Ursula von der Leyen", "condolence to Turkiye overnight.",
  ("European Union", S, neg, "Turkey", "three EU office holders = one actor, one row; condolences = solidarity"))
U(d, "British Foreign Secretary James Cleverly said he was appalled by the scenes from Istanbul.", "scenes from Istanbul.",
  ("United Kingdom", N, neg, "", "alarm without an appeal or a judgement of an actor = neutral, negative"))
U(d, "A spokesperson for UN Secretary-General Antonio Guterres said the secretary-general condemned the attack", "brought to justice.",
  ("United Nations", C, neg, "", "condemnation + hope for justice: rule 1; no perpetrator named -> target empty"))
U(d, "White House press secretary Karine Jean-Pierre denounced the bombing in a statement", "against terrorism.",
  ("United States", C, neg, "", "denunciation + sympathy + cooperation: rule 1; perpetrator unnamed -> target empty"))
U(d, "The US Embassy in Ankara had posted a message of sympathy", "earlier in the evening.",
  ("United States", S, neg, "", "condolences = solidarity; addressed to the families -> target empty (unsure: condolences could be neutral)"))
U(d, "Turkey's broadcasting watchdog RTUK imposed a temporary ban on images from the scene", "was being throttled.",
  ("Turkey", N, neu, "", "a state body's measure on its own media, no judgement of another actor = neutral; the users' reports are unnamed"))
U(d, "Justice Minister Bekir Bozdag told broadcaster A Haber that a woman had sat on a bench", "shortly before the blast.",
  ("Turkey", N, neu, "", "reported clause: facts of the investigation; A Haber = outlet"))
U(d, "President Recep Tayyip Erdogan, speaking at Istanbul airport before leaving for the G20 summit in Bali", "found and punished.",
  ("Turkey", C, neg, "", "calls it terrorism + vows punishment = threat against perpetrators; none named -> target empty"))
U(d, "Vice-President Fuat Oktay said six people had been killed and 81 taken to hospital.", "taken to hospital.",
  ("Turkey", N, neu, "", "casualty figures given by an actor"))
U(d, "Mert Yalcinkaya, who works in a phone shop near the Galatasaray end of the avenue", "towards Taksim Square.",
  ("Mert Yalcinkaya", N, neg, "", "invented named witness = independent person; description of the scene"))
U(d, "\"There were shopping bags lying everywhere.", "he said.",
  ("Mert Yalcinkaya", N, neg, "", "'he' = Yalcinkaya; scene description, no position"))

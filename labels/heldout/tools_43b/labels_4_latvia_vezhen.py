# ------------------------------------------------------------------ Ventspils-Gotland cable damage and the Vezhen (Latvian MFA press releases page, 2025-01-26 .. 2025-02-04)
d = "page_latvia_vezhen_cable_2025_mfa.html"
# Not statements: skip link, language bar, site name, menus, breadcrumb, page title, topic filter line, release headlines and
# time stamps, figcaptions with credits, Other news list, share bar, press contact, footer.
# The releases are the ministry's voice: "Latvia ...", "The Ministry ..." = Latvia.
U(d, "On 3 February, the Swedish Prosecution Authority announced", "no longer under seizure.",
  ("Sweden", N, neu, "", "prosecutors' (state agency) findings: an accident, ship released; facts"))
U(d, "Latvia respects the findings of the Swedish investigators", "thorough and transparent work.",
  ("Latvia", S, pos, "Sweden", "acceptance of and thanks for Sweden's investigation = approval"))
U(d, "The Ministry underlines that the outcome in this case does not lessen the need for vigilance", "without delay.",
  ("Latvia", T, neu, "", "appeal to all states and shipping to follow the rules of navigation; no judgement"))
U(d, "Bulgaria's Foreign Minister Georg Georgiev welcomed the conclusions", "acted in good faith.",
  ("Bulgaria", S, pos, "Sweden", "welcomes the Swedish prosecutors' conclusions (unsure: mainly self-vindication, could be neutral)"))
U(d, "The Ministry will continue to work with the European Commission", "in international waters.",
  ("Latvia", N, neu, "", "plan, no evaluation"))
U(d, "At the request of the Latvian authorities, the Norwegian police on 30 January boarded", "port of Tromsø.",
  ("Norway", S, neu, "Latvia", "police act at Latvia's request = assistance provided (unsure: could be neutral law enforcement)"))
U(d, "On 31 January the Norwegian police announced", "free to continue its voyage.",
  ("Norway", N, neu, "", "finding and release: facts"))
U(d, "Latvia is grateful to Norway for its rapid and professional cooperation", "stand together.",
  ("Latvia", S, pos, "Norway", "thanks and praise"))
U(d, "Foreign Minister Baiba Braže said that the clearing of one vessel", "hybrid pressure by Russia.",
  ("Latvia", C, neg, "Russia", "accuses Russia of a deliberate hybrid campaign"))
U(d, "Latvia welcomes NATO's decision to send additional ships", "launched on 14 January.",
  ("Latvia", S, pos, "NATO", "welcome of a step"))
U(d, "NATO Secretary General Mark Rutte said on 27 January", "with Sweden and Latvia.",
  ("NATO", S, pos, "", "pledge to protect infrastructure + work with two allies = backing (two allies -> target empty)"))
U(d, "EU High Representative Kaja Kallas said the European Union stood firmly with Latvia", "Russian shadow fleet.",
  ("European Union", S, pos, "Latvia", "solidarity with Latvia; the measures against the shadow fleet are a second, condemning element against Russia, but solidarity is the main position (unsure: could be condemning Russia, rule 1 if the sanctions are read as the decisive part)"))
U(d, "According to the Bulgarian Foreign Ministry, the Bulgarian authorities are cooperating fully", "Bulgarian-owned vessel.",
  ("Bulgaria", N, neu, "", "cooperation with an inquiry = neutral"))
U(d, "The owner of the ship, the company Navigation Maritime Bulgare, has said", "cause any damage.",
  ("Navigation Maritime Bulgare", N, neg, "", "the shipowner's account and denial of intent = denial, neutral with a negative tone"))
U(d, "The spokesperson of the Russian Ministry of Foreign Affairs claimed on 27 January", "restrictions on Russian shipping.",
  ("Russia", C, neg, "", "accuses the Baltic states (several) of staging incidents -> target empty"))
U(d, "The Ministry considers these remarks cynical", "activities in the region.",
  ("Latvia", C, neg, "Russia", "'cynical' + 'reckless activities' = judgement"))
# "On 27 January, Foreign Minister Baiba Braže held a telephone conversation with ..." = a call listed as narrative, no row.
U(d, "Braže thanked Sweden for acting swiftly to detain the Malta-flagged vessel Vezhen", "law enforcement agencies.",
  ("Latvia", S, pos, "Sweden", "thanks for the detention and cooperation"))
U(d, "Malmer Stenergard assured her counterpart that Sweden would share the findings", "as soon as they were available.",
  ("Sweden", N, pos, "", "promise to share findings = cooperation with an inquiry, neutral (unsure: could be supporting Latvia)"))
U(d, "The ministers agreed that the series of incidents in the Baltic Sea", "threats against undersea infrastructure.",
  ("Latvia", C, neg, "", "'not coincidence' = implied charge of deliberate attacks + call for a firmer response; no culprit named -> target empty"),
  ("Sweden", C, neg, "", "same joint position of both ministers"))
U(d, "Braže stressed that Russia's shadow fleet poses a direct danger", "own and insure them.",
  ("Latvia", C, neg, "Russia", "judgement + call for sanctions (calls for sanctions = condemning)"))
U(d, "In the early hours of 26 January, the fibre-optic cable of the Latvian State Radio and Television Centre", "exclusive economic zone.",
  ("Latvia", N, neu, "", "facts given by the ministry"))
U(d, "According to the initial assessment, the damage is significant", "an external impact.",
  ("Latvia", N, neg, "", "assessment of the damage, no actor blamed"))
U(d, "Data traffic has been rerouted through other connections", "have not been affected.",
  ("Latvia", N, neu, "", "facts"))
U(d, "Latvia is in close contact with Sweden, Finland, Estonia, Lithuania and other NATO Allies", "inspect ships in the area.",
  ("Latvia", N, neu, "", "contacts and own patrol reported, no evaluation"))
U(d, "Prime Minister Evika Siliņa said that the government would not jump to conclusions", "for those responsible.",
  ("Latvia", C, neg, "", "conditional threat of consequences for those responsible (unnamed) -> condemning, target empty (unsure: conditional)"))
U(d, "The foreign ministers of Estonia and Lithuania, Margus Tsahkna and Kęstutis Budrys, expressed their solidarity", "on 26 January.",
  ("Estonia", S, pos, "Latvia", "solidarity; states acting as a list = one row each"),
  ("Lithuania", S, pos, "Latvia", "solidarity; states acting as a list = one row each"))

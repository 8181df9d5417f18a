# ------------------------------------------------------------------ Hanau shootings, round-up of world reactions (news site, 2020-02-21)
d = "page_hanau_shooting_2020_worldreactions.txt"
# Not statements: masthead, menu, section, headline, standfirst, byline, time stamps, share bar, "Image n of 4" captions with
# credits, the country crossheads, ADVERTISEMENT, Related, Tags, newsletter prompt, Most read, copyright.
# "A 43-year-old German man shot dead nine people ..." and "Most of the dead ..." = narration, no named source, no row.
U(d, "The federal prosecutor's office said on Thursday it had taken over the investigation", "posted online.",
  ("Germany", N, neu, "", "prosecutors (state agency) take over and classify the case: procedure"))
# "Here is how governments and organisations reacted." = lead-in, no row.
U(d, "Chancellor Angela Merkel said there was much to suggest", "cost too many lives.",
  ("Germany", C, neg, "", "judgement of the racist motive and of hatred in society; no canonical target"))
U(d, "Merkel said the state would protect every person living in Germany", "origin or faith.",
  ("Germany", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "President Frank-Walter Steinmeier told a vigil in Hanau", "allowed to succeed.",
  ("Germany", C, neg, "", "judgement of the attacker's aim (no actor target)"))
U(d, "Interior Minister Horst Seehofer said police would step up their presence", "across the country.",
  ("Germany", N, neu, "", "security plan, no evaluation"))
U(d, "Seehofer said right-wing extremism was now the most serious danger", "security in Germany.",
  ("Germany", C, neg, "", "judgement of right-wing extremism (not a canonical actor -> target empty) (unsure: could be read as a threat assessment, neutral)"))
U(d, "Ambassador Ali Kemal Aydın said five Turkish citizens were among the dead.", "among the dead.",
  ("Turkey", N, neu, "", "figure given by an official"))
U(d, "The Turkish foreign ministry said the killings were the bloody result", "Turkish community in Germany.",
  ("Turkey", C, neg, "", "blames xenophobia that 'some European politicians' let spread + demand to Berlin: judgement decides (rule 1); target empty (several/unnamed)"))
U(d, "President Recep Tayyip Erdoğan telephoned Merkel on Thursday", "acted with help.",
  ("Turkey", T, neu, "Germany", "demand for a full investigation, no judgement: like calls for an inquiry = calling_for_talks (unsure)"))
U(d, "Arriving for the EU budget summit in Brussels, President Emmanuel Macron said", "racist violence together.",
  ("France", S, pos, "Germany", "solidarity with Germany; the joint fight is an appeal, no judgement of an actor"))
U(d, "Prime Minister Boris Johnson wrote on Twitter that Britain shared Germany's grief", "behind the killings.",
  ("United Kingdom", C, neg, "", "sympathy + condemnation of 'the bigotry': the judgement decides (rule 1)"))
U(d, "Prime Minister Giuseppe Conte said an act of hatred", "attack on every European.",
  ("Italy", C, neg, "", "judgement of the act"))
U(d, "Spain's foreign ministry said the Spanish people shared the pain", "families of the victims.",
  ("Spain", S, pos, "Germany", "solidarity and condolences"))
U(d, "Chancellor Sebastian Kurz called the shootings an act of right-wing terror", "extremism in its midst.",
  ("Austria", C, neg, "", "'right-wing terror' = judgement"))
U(d, "European Commission President Ursula von der Leyen said she was horrified", "friends of the victims.",
  ("European Union", S, pos, "", "horror (no judgement) + sympathy to the bereaved = solidarity (unsure: could be neutral, negative tone)"))
U(d, "Bulgaria's foreign ministry confirmed that a Bulgarian citizen was among those killed", "with his relatives.",
  ("Bulgaria", N, neu, "", "fact + consular procedure"))
U(d, "Prime Minister Boyko Borissov denounced the killings as a cowardly crime.", "cowardly crime.",
  ("Bulgaria", C, neg, "", "denunciation"))
U(d, "Romania's foreign ministry, which said a Romanian citizen was among the victims", "strongest terms.",
  ("Romania", C, neg, "", "figure + condemnation: the condemnation decides"))
U(d, "Bosnia's foreign ministry said one of the dead was a young man", "helping the family.",
  ("Bosnia and Herzegovina", N, neu, "", "fact + consular help to its own citizens' family, no evaluation"))
U(d, "The State Department condemned the attack and said the United States was ready", "with the investigation.",
  ("United States", C, neg, "", "condemnation + offer of help to Germany: rule 1"))
U(d, "Secretary-General António Guterres, through his spokesman, condemned", "Government of Germany.",
  ("United Nations", C, neg, "", "condemnation + solidarity: rule 1"))
U(d, "The OIC's general secretariat in Jeddah condemned the attack", "places of gathering.",
  ("Organisation of Islamic Cooperation", C, neg, "", "condemnation + appeal to protect communities: rule 1"))
U(d, "Aiman Mazyek, chairman of the Central Council of Muslims in Germany, said", "warnings for years.",
  ("Central Council of Muslims in Germany", C, neg, "", "charge that politicians ignored warnings (non-canonical target -> empty)"))
U(d, "Josef Schuster, president of the Central Council of Jews in Germany, said", "far too long.",
  ("Central Council of Jews in Germany", C, neg, "", "judgement: the far-right danger was underestimated (implicit charge against the authorities, target empty) (unsure: could be neutral assessment)"))
U(d, "The Kurdish Community of Germany, which said several of the dead were Kurds", "where people meet.",
  ("Kurdish Community of Germany", T, neg, "Germany", "appeal to protect civilians/communities, no judgement"))
U(d, "Jörg Meuthen, co-leader of the far-right Alternative for Germany (AfD), rejected suggestions", "as a madman.",
  ("Alternative for Germany", N, neg, "", "denial of the accusation = neutral, negative tone"))

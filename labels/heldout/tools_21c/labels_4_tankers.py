# ------------------------------------------------------------------ Attacks on two tankers in the Gulf of Oman (live blog, full HTML, 2019-06-13/14)
d = "page_gulf_tankers_liveblog.html"
U(d, "Beijing wanted every side to keep a cool head", "told a regular briefing.",
  ("China", T, neu, "", "attribution tail; Beijing = China; appeal to all sides for dialogue"))
U(d, "Frontline, the Norwegian company that owns the Front Altair", "looking after them.",
  ("Frontline", S, pos, "Iran", "shipowner as its own actor (company); crew safe + thanks to the Iranian authorities: the thanks decides (rule 3 before 4)"))
U(d, "The company added that the fire on board had been put out", "towing it.",
  ("Frontline", N, neu, "", "'The company' = Frontline by context; facts and plans"))
U(d, "Britain's own intelligence assessment has concluded", "region at risk.",
  ("United Kingdom", C, neg, "Iran", "attribution tail (Hunt); attribution of blame + 'reckless'"))
U(d, "Hunt said London would use every diplomatic channel", "activity at once.",
  ("United Kingdom", T, neg, "Iran", "surname only; de-escalation + demand addressed to Tehran to stop, no judgement word in the sentence = calling_for_talks, negative"))
U(d, "German Foreign Minister Heiko Maas said the footage released by Washington", "who was to blame.",
  ("Germany", N, neu, "", "declines to reach a conclusion = neutral (neither backs nor rejects the US claim); Washington = the source of the video only"))
U(d, "Maas was speaking in Oslo alongside his Norwegian counterpart", "authorities in the region.",
  ("Norway", N, neg, "", "foreign minister introduced by role; concern + own contacts, no appeal = neutral, negative; Maas's appearance is narrative (no Germany row); Oslo = place"))
U(d, "Yutaka Katada, president of Kokuka Sangyo", "before the second explosion.",
  ("Kokuka Sangyo", N, neu, "", "ship operator as its own actor (company); quotation opened after a colon and left open; account of facts"))
U(d, "\"I do not believe it was a mine.", "above the waterline,\" he said.",
  ("Kokuka Sangyo", N, neg, "", "quotation continued over the paragraph break; disputes the US account without judging anyone = neutral"))
U(d, "President Donald Trump told Fox News there was no doubt", "proved it.",
  ("United States", C, neg, "Iran", "accusation; Fox News only carries it"))
U(d, "Japanese Prime Minister Shinzo Abe said Tokyo condemned in the firmest terms", "to keep their nerve.",
  ("Japan", C, neg, "", "condemnation 'regardless of who was responsible' + appeal for restraint: rule 1; no culprit named -> target empty; Tokyo = Japan"))
U(d, "Chief Cabinet Secretary Yoshihide Suga said earlier", "behind the attacks.",
  ("Japan", N, neu, "", "declines to speculate = neutral"))
U(d, "Iranian Foreign Minister Mohammad Javad Zarif wrote on Twitter", "Iran's supreme leader.",
  ("Iran", C, neg, "United States", "counter-accusation (wrecking diplomacy) = condemning; Washington = United States; Abe only mentioned"))
U(d, "Foreign ministry spokesman Abbas Mousavi said the charge was baseless", "the stricken crews.",
  ("Iran", N, neg, "", "denial + own rescue mentioned = neutral, negative"))
U(d, "US Central Command released black-and-white footage", "from its hull.",
  ("United States", C, neg, "Iran", "accusation made by releasing evidence"))
U(d, "A Central Command spokesman said Washington was not looking for a fight", "would be met.",
  ("United States", C, neg, "Iran", "unnamed spokesman of a named US command = United States; no wish for war + a warning: the threat decides"))
U(d, "Saudi Minister of State for Foreign Affairs Adel al-Jubeir told CNN", "Iran's role.",
  ("Saudi Arabia", C, neg, "Iran", "endorsing the US accusation = Saudi Arabia's own accusation of Iran (unsure: could be read as supporting the United States); CNN only carries it"))
U(d, "The United Arab Emirates' minister of state for foreign affairs, Anwar Gargash", "keep things from spiralling.",
  ("United Arab Emirates", T, neg, "", "alarm + appeal for restraint, no culprit named = calling_for_talks, negative"))
U(d, "Secretary of State Mike Pompeo told reporters at the State Department", "UN Security Council.",
  ("United States", C, neg, "Iran", "attribution of responsibility + taking it to the Council"))
U(d, "\"Tehran is lashing out because the pressure on it is working.", "Pompeo said.",
  ("United States", C, neg, "Iran", "multi-sentence quote closed by its speaker; Tehran = Iran; 'He took no questions.' after it is narrative"))
U(d, "UN Secretary-General Antonio Guterres, addressing an unrelated Security Council meeting", "the world could not bear.",
  ("United Nations", C, neg, "", "'unacceptable' aimed at the attacks without naming anyone + warning of war: rule 1, target empty"))
U(d, "The US Navy's Fifth Fleet said the destroyer USS Bainbridge", "a nearby Dutch tug.",
  ("United States", S, pos, "", "rescue of the crew = assistance by act (supporting); sailors are not an actor -> target empty"))
U(d, "Iranian rescue teams picked up 44 sailors", "IRNA reported.",
  ("Iran", S, pos, "", "rescue by act = assistance (supporting) (unsure: could be read as a neutral fact); IRNA only carries it (not an actor)"))
U(d, "The Norwegian Maritime Authority said the Front Altair", "accounted for.",
  ("Norway", N, neu, "", "state agency = Norway; facts"))
U(d, "The UK Maritime Trade Operations centre, run by the Royal Navy", "off the Iranian coast.",
  ("United Kingdom", N, neu, "", "UKMTO = United Kingdom (name files); own advisory to shipping = neutral; the oil-price line after it is narrative"))

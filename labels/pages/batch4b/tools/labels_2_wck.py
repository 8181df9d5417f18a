# ------------------------------------------------------------------ World Central Kitchen convoy strike (full HTML, British paper, 2024-04-02)
d = "page_wck_convoy_webpage.html"
U(d, "Benjamin Netanyahu has acknowledged that Israeli forces killed", "occurs in wartime.",
  ("Israel", N, neg, "", "PM named without role; acknowledgement of own forces' strike with regret, no judgement on another actor"))
U(d, "The charity said the convoy's route had been agreed in advance", "logo on the roof.",
  ("World Central Kitchen", N, neu, "", "'The charity' = WCK by context; facts (implicit reproach only)"))
U(d, "Its chief executive, Erin Gore, said: “Our colleagues", "no excuse for it.”",
  ("World Central Kitchen", C, neg, "Israel", "quote opened after a colon, two sentences; 'a military that knew exactly where they were' = Israel's"))
U(d, "The organisation said it was pausing its operations", "its work in Gaza.",
  ("World Central Kitchen", N, neg, "", "own suspension, no protest word in the sentence"))
U(d, "Its founder, the chef José Andrés, said he was heartbroken", "who deliver it.",
  ("World Central Kitchen", T, neg, "Israel", "founder speaks for the charity; demand for unrestricted aid and protection, no judgement word"))
U(d, "In a video statement, Netanyahu said Israel would get to the bottom", "governments of the dead.",
  ("Israel", N, neu, "", "surname only; own investigation and contacts = plans"))
U(d, "The military's chief spokesperson, Rear Adm Daniel Hagari,", "shared with the charity.",
  ("Israel", N, neg, "", "'The military' = IDF; independent inquiry announced"))
U(d, "Rishi Sunak said he was appalled by the deaths", "lost their lives in Gaza.",
  ("United Kingdom", T, neg, "Israel", "PM named without role; asks Israel for an investigation; 'too many aid workers had lost their lives' is a lament, not a judgement on an actor -> appeal (could be condemning)"))
U(d, "The Foreign Office said the development minister, Andrew Mitchell,", "condemnation of the killings.",
  ("United Kingdom", C, neg, "Israel", "summoning the ambassador + condemnation"))
U(d, "The foreign secretary, Lord Cameron, said Israel's failure", "answers quickly.",
  ("United Kingdom", C, neg, "Israel", "'indefensible' = judgement; rule 1 over the demand"))
U(d, "In Canberra, Anthony Albanese named the Australian victim", "should never have happened.",
  ("Australia", C, neg, "Israel", "PM named without role, Canberra = place; 'hold Israel fully accountable'"))
U(d, "“She was doing what she had done for years", "Albanese told reporters.",
  ("Australia", T, neg, "Israel", "multi-sentence quote; tribute + demand for an explanation, no judgement word (could be condemning)"))
U(d, "The foreign minister, Penny Wong, said she had raised the killing", "Israel's ambassador.",
  ("Australia", N, neg, "", "'The foreign minister' by context = Australia's; raising a case with an envoy, no judgement stated"))
U(d, "Australia stood with World Central Kitchen", "she said.",
  ("Australia", S, pos, "World Central Kitchen", "solidarity with the charity = supporting"))
U(d, "Poland's foreign minister, Radosław Sikorski, said he had asked", "volunteer from Przemyśl.",
  ("Poland", T, neg, "Israel", "request for an urgent explanation, no judgement word; Warsaw = place"))
U(d, "Livne angered politicians in Warsaw", "deliberate murder.",
  ("Israel", C, neg, "", "Israeli ambassador speaks for Israel; accusing Polish 'extremists' (non-canonical) -> target empty"))
U(d, "The White House said it was outraged by the strike", "National Security Council.",
  ("United States", T, neg, "Israel", "anger at the strike + appeal to investigate; 'outraged' is emotion, no judgement on Israel stated (could be condemning)"))
U(d, "Joe Biden went further in a written statement", "first such killing.",
  ("United States", C, neg, "Israel", "'Israel was failing to protect' = judgement"))
U(d, "The UN secretary general, António Guterres, said the deaths brought", "who deliver aid.",
  ("United Nations", T, neg, "Israel", "figure + appeal to Israel to halt the killing of aid workers, no judgement word"))
U(d, "Hamas said the attack was part of a deliberate policy", "deepen the famine.",
  ("Hamas", C, neg, "Israel", "accusation of deliberate policy"))
U(d, "The American Near East Refugee Aid group said it had suspended deliveries", "back towards Cyprus.",
  ("American Near East Refugee Aid", N, neg, "", "own suspension; the ship turning back is narrative in the same sentence"))
U(d, "According to the Hamas-run health ministry, more than 32,900 people", "more than 250 hostages.",
  ("Hamas", N, neu, "", "toll; the background clause is narrative"))
U(d, "The United Arab Emirates, which had paid for much of the food", "safe to do so.",
  ("United Arab Emirates", S, pos, "World Central Kitchen", "continued funding = backing by act"))

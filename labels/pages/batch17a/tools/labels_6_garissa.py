# ------------------------------------------------------------------ Garissa University College attack (TV news rush transcript, 2015-04-03)
d = "page_garissa_tvtranscript.txt"
U(d, "Margaret, the Interior Cabinet Secretary, Joseph Nkaissery", "strapped to their bodies.",
  ("Kenya", N, neu, "", "facts from the Interior CS"))
U(d, "He said a dusk-to-dawn curfew", "for two weeks.",
  ("Kenya", N, neu, "", "own measure"))
U(d, "The government has also named a former teacher", "bounty of 20 million shillings on his head.",
  ("Kenya", C, neg, "Al-Shabaab", "naming the mastermind + bounty = accusation and measure against the group (target = his group; unsure)"))
U(d, "Al-Shabaab's spokesman, Ali Mohamud Rage", "fighting in Somalia.",
  ("Al-Shabaab", C, neg, "Kenya", "claim justified by Kenya's troops in Somalia = blame"))
U(d, "He warned that Kenyan cities would see more bloodshed", "withdrawn.",
  ("Al-Shabaab", C, neg, "Kenya", "threat"))
U(d, "President Uhuru Kenyatta addressed the nation and ordered", "frozen by a court.",
  ("Kenya", N, neu, "", "own measure"))
U(d, "He said the country had suffered needlessly", "intimidated by terrorists.",
  ("Kenya", C, neg, "", "defiance of 'terrorists' (not named in the sentence) -> target empty; self-criticism about staffing in the same sentence"))
U(d, "At the White House, the press secretary, Josh Earnest", "pursuing an education.",
  ("United States", C, neg, "Al-Shabaab", "'cowardly attack'; the page says who claimed it, so target = Al-Shabaab (batch5c convention)"))
U(d, "In New York, UN Secretary-General Ban Ki-moon said he stood", "brought to justice swiftly.",
  ("United Nations", S, pos, "Kenya", "solidarity + justice; no judgement word, so supporting (unsure: 'perpetrators brought to justice' could read as condemning)"))
U(d, "And the African Union Commission chair, Nkosazana Dlamini-Zuma", "held hostage by terror.",
  ("African Union", C, neg, "", "defiance of terror = judgement, no actor named"))
U(d, "Margaret, it tells us that Al-Shabaab is weaker", "more dangerous in Kenya.",
  ("Halima Warsame", N, neg, "", "independent analyst (invented) under her own name; assessment, no judgement of an actor"))
U(d, "The intelligence warnings were there a week ago", "too slow.",
  ("Halima Warsame", C, neg, "Kenya", "criticism of the government's response"))

# ------------------------------------------------------------------ Lebanon-Syria border clashes around Hermel (presidency press-release page, full HTML, 2025-03-17)
d = "page_lebanon_hermel_border_clashes2025_presidency.html"
# Not statements: language bar, masthead, nav, breadcrumb, headline (carries the order, but is a headline), time/Media Office line, captions, crossheads, share bar, latest releases, comments note, footer.
U(d, "The President of the Republic, General Joseph Aoun, instructed the Army on Monday", "came under shelling for a second day.",
  ("Lebanon", C, neg, "Syria", "'Baabda —' dateline excluded; order to return fire across the border = announced military response (guide: condemning)"))
U(d, "\"The shelling of our villages in Hermel and around Al-Qasr", "the President said.",
  ("Lebanon", C, neg, "Syria", "'the President' unnamed state = Lebanon by context; judgement on the shelling from Syria without a stock word"))
U(d, "The Head of State stressed that the Army alone was responsible", "the state and its institutions.",
  ("Lebanon", N, neu, "", "statement of the state's own doctrine; no judgement, no appeal (implicitly aimed at armed groups, not said)"))
U(d, "The President asked the Minister of Foreign Affairs and Emigrants, Youssef Rajji", "the sovereignty of both countries.",
  ("Lebanon", T, neu, "Syria", "mandate to contact the Syrian delegation to settle the matter without bloodshed = calling_for_talks"))
# "Shells fell on Hosh al-Sayyed Ali, Al-Qasr ..." = narration, no source, no row.
U(d, "After the Council of Ministers session chaired by the President at Baabda", "the handover of their bodies.",
  ("Lebanon", N, neu, "", "minister gives facts (the dead were smugglers) and a procedure; 'the President' only narrated"))
U(d, "Morkos said the Prime Minister, Nawaf Salam, had told the session", "a lasting arrangement for the border.",
  ("Lebanon", T, neu, "", "reported within reported speech; PM by title; diplomacy to stop the fighting spreading = calling_for_talks"))
# "The Council also heard a briefing by the Commander of the Army ..." = meeting narrated, no position, no row.
U(d, "The Minister of National Defence, Michel Menassa, briefed the President", "a permanent line open between the two armies.",
  ("Lebanon", T, neu, "Syria", "agreement to halt fire = calling_for_talks"),
  ("Syria", T, neu, "Lebanon", "the Syrian minister agreed too: one row per actor"))
U(d, "The Syrian minister, according to Menassa, said his forces", "targeting the Lebanese state or its army.",
  ("Syria", N, neu, "", "second-hand (per Menassa); own operations described with no judgement = neutral"))
U(d, "The President received a telephone call from the Saudi Minister of Foreign Affairs", "help Beirut and Damascus preserve it.",
  ("Saudi Arabia", T, pos, "", "hope for calm + offer to help keep it = calling_for_talks; the call itself is narration"))
U(d, "Prince Faisal also reaffirmed the Kingdom's backing", "over all Lebanese territory.",
  ("Saudi Arabia", S, pos, "Lebanon", "surname-less title ('Prince Faisal'); backing the Lebanese state and army"))
U(d, "The President thanked the Kingdom for standing by Lebanon", "bring the two neighbours together.",
  ("Lebanon", S, pos, "Saudi Arabia", "gratitude and praise for Riyadh's role"))
U(d, "In a call with the Egyptian Minister of Foreign Affairs, Badr Abdelatty", "settle matters through their governments.",
  ("Egypt", T, neg, "", "solidarity joined to an appeal to hold fire, no judgement: rule 2 before rule 3 = calling_for_talks; both sides -> target empty"))
U(d, "The Prime Minister and Minister of Foreign Affairs of Qatar", "those killed in the shelling.",
  ("Qatar", S, neg, "Lebanon", "condolences = solidarity (supporting), tone of grief"))
U(d, "The French Minister for Europe and Foreign Affairs, Jean-Noël Barrot, told the President", "with the new Syrian authorities.",
  ("France", S, pos, "Lebanon", "'stood with Lebanon' = support; plan to raise it with Damascus is secondary"))
U(d, "The President received at Baabda the United Nations Special Coordinator", "on both sides of the border.",
  ("United Nations", N, neg, "", "alarm with no appeal in this sentence = neutral, negative"))
U(d, "She urged the two governments to keep using the channels", "the people of the border villages.",
  ("United Nations", T, neu, "", "appeal to keep talking and spare civilians; two governments -> target empty"))
U(d, "The President told the Special Coordinator that Lebanon sought no confrontation", "any incident on the frontier.",
  ("Lebanon", T, pos, "Syria", "disavowal of conflict + good-neighbour line = calling_for_talks (hope for calm)"))
U(d, "He added that the Army nonetheless had standing orders", "wherever it came from.",
  ("Lebanon", C, neg, "", "standing order to return fire = threat of a response; no named side -> target empty"))
U(d, "The Ambassador of the European Union, Sandra De Waele, conveyed", "exclusive authority over its territory.",
  ("European Union", S, pos, "Lebanon", "support for the army's deployment"))
U(d, "The President then received a delegation of municipalities from the Hermel district", "helped to return.",
  ("Hussein Allaw", T, neg, "Lebanon", "invented local official; asking for protection of villages and help for displaced = calling_for_talks (asking for help is not supporting)"))
U(d, "Allaw told the President that what the villages had suffered", "no community should have to bear.",
  ("Hussein Allaw", C, neg, "Syria", "'an aggression' = explicit judgement of the Syrian shelling"))
U(d, "The mukhtar of Hosh al-Sayyed Ali, Fadi Nasreddine", "several houses had been hit.",
  ("Fadi Nasreddine", N, neg, "", "invented local official; figures of displaced families = neutral"))
U(d, "The Media Office of the Presidency denied reports circulating on social media", "described them as groundless.",
  ("Lebanon", N, neg, "", "denial = neutral, negative tone"))
U(d, "The Office said the Army was the only body entrusted", "the full confidence of the Head of State.",
  ("Lebanon", N, pos, "", "own institutions praised: self-praise/reassurance = neutral (target would equal actor)"))

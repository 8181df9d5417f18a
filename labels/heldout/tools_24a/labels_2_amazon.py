# ------------------------------------------------------------------ Bolsonaro–Macron row over the Amazon fires at the Biarritz G7 (live blog, full HTML, 2019-08-27)
d = "page_amazon_g7_row_liveblog.html"
# Headline, standfirst, key-event links, timestamps, entry headings, captions, the 09.00 bullet summary, share bars, related, topics, comments, most viewed: never statements.
# 18.05 wrap-up entry = the blog's own narration, no row.
U(d, "Speaking to French ambassadors at the Élysée this afternoon, Emmanuel Macron said", "was a mistake.",
  ("France", N, neg, "", "Macron rejects Bolsonaro's reading of the offer ('a mistake'): a rebuttal of a claim, no judgement of an actor's act = neutral, negative (as a denial); Élysée = place here"))
U(d, "The money, he said, was meant for all nine countries", "not for Brazil alone.",
  ("France", N, neu, "", "'he' = Macron; facts about the offer"))
# 'He did not respond to the demand …' = a non-response, narration, no row.
U(d, "Jair Bolsonaro told reporters outside the Alvorada palace", "what he had said about him.",
  ("Brazil", C, neg, "France", "refusal of the aid with a grievance stated (conditioned on Macron withdrawing his words) = condemning; Brasília = place"))
U(d, "\"He called me a liar in front of the whole world.", "Bolsonaro said.",
  ("Brazil", C, neg, "France", "multi-sentence quote closed by its speaker = one unit; accusation + condition (not an offer of talks: the grievance decides, rule 1)"))
# 'My colleague in Rio notes … several of them have said publicly …' = unnamed governors, not actors; no row.
U(d, "Chile's president Sebastián Piñera, who attended yesterday's session", "to Brazil and Bolivia.",
  ("Chile", S, pos, "", "aid sent = supporting; two recipients -> target empty"))
U(d, "Across the border, Bolivia's president Evo Morales said", "any country that offered it.",
  ("Bolivia", N, neu, "", "own measure (hired aircraft) + readiness to take help: asking for/accepting aid is not supporting = neutral; Morales as president = Bolivia (not declared: the name files tie him to the Movement for Socialism)"))
U(d, "A German government spokesman said holding up the EU's trade deal", "keep talking with Brasília.",
  ("Germany", T, neu, "", "unnamed spokesman of a named government; disagreeing with blocking the deal + preferring dialogue with Brazil = calling_for_talks; Berlin/Brasília = metonyms"))
U(d, "Angela Merkel, leaving Biarritz last night, said the G7 would approach Brazil", "together with them.",
  ("Germany", T, pos, "Brazil", "Merkel speaks as German chancellor (not the summit chair); partnership with Brazil and joint planning = calling_for_talks"))
# 'The clearest explanation of the U-turn …' = blog narration introducing the quote.
U(d, "\"We thank them, but Brazil decides how the Amazon is protected", "later confirmed.",
  ("Brazil", C, neg, "France", "multi-sentence quote closed by the chief of staff; the thanks do not make it supporting: refusal + jab at Macron ('club of rich countries', Notre-Dame) = condemning"))
# 'The jab was a reference to …' = narration.
U(d, "Brazil's ambassador in Paris, Luís Fernando Serra, told the broadcaster BFM", "not one it could take.",
  ("Brazil", C, neg, "G7", "refusal in protest with the grievance stated ('made over his country's head') = condemning; Paris = place"))
U(d, "It is worth remembering that only last night Brazil's environment minister, Ricardo Salles", "put it to use.",
  ("Brazil", S, pos, "G7", "the same state on the previous evening: welcome of the pledge = supporting (a position reported by the blog, still Salles's)"))
# 'The change came after Bolsonaro met his ministers …' = narration.
# 'Donald Trump, who skipped yesterday's G7 session …, has weighed in on Twitter.' = narration introducing the tweet, no position yet.
U(d, "\"Brazil has a strong leader who is taking these fires very seriously.", "Trump wrote.",
  ("United States", S, pos, "Brazil", "multi-sentence quote closed by its author; praise + 'stands with him' = supporting"))
U(d, "Separately from the G7 pot, Boris Johnson announced £10m", "restore the rainforest.",
  ("United Kingdom", S, pos, "Brazil", "aid pledged = supporting; PM with no role word"))
U(d, "Justin Trudeau said Canada would give C$15m", "if Brazil asked for them.",
  ("Canada", S, pos, "Brazil", "aid pledged and offered = supporting"))
U(d, "Macron, as the summit's host, announced that G7 leaders had agreed", "firefighting aircraft.",
  ("G7", S, pos, "", "host of the summit announcing the G7's own decision speaks for the body (guide: a head of state as chair of a body at its summit); aid = supporting; several countries -> target empty"))
U(d, "He added that France would send military help from French Guiana", "within hours.",
  ("France", S, pos, "Brazil", "'He' = Macron, now in his national capacity ('France would send'); military help offered = supporting"))
U(d, "\"The Amazon belongs to the countries around it, and nobody disputes that.", "Macron said.",
  ("France", N, neu, "", "multi-sentence quote closed by its speaker; a stated position with no judgement and no appeal = neutral"))
U(d, "Bolsonaro wrote on Twitter that a plan for an international alliance over the Amazon", "colonial powers.",
  ("Brazil", C, neg, "France", "'still thought like colonial powers' = judgement (the plan is Macron's); 'some in Europe' is the object"))
U(d, "Asked in Biarritz about a Facebook post mocking his wife's looks", "better than that.",
  ("France", C, neg, "Brazil", "a judgement of Bolsonaro's conduct without the usual words; Bolsonaro's approval of the post is reported as background, not a statement"))
U(d, "In a televised address on Friday night, Bolsonaro said he had signed a decree", "asked for them.",
  ("Brazil", N, neu, "", "own measure (decree deploying the armed forces) = neutral"))
# 'Pots and pans were banged …' = narration, protesters are not actors.
U(d, "The Élysée said Macron would now oppose the EU–Mercosur trade agreement", "in Osaka in June.",
  ("France", C, neg, "Brazil", "Élysée = France; blocking the trade deal (a threatened measure) + accusation of misleading = condemning"))
U(d, "Ireland's taoiseach, Leo Varadkar, said his government would vote against the deal", "environmental promises.",
  ("Ireland", C, neg, "Brazil", "conditional threat to vote against = condemning"))
U(d, "European Council president Donald Tusk said that as long as the forest was burning", "ratifying the agreement.",
  ("European Union", C, neg, "Brazil", "European Council president = EU; ratification held hostage to the fires = a threatened measure (unsure: could be read as a neutral forecast)"))
U(d, "UN secretary general António Guterres said he was deeply worried", "largest rainforest.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Greenpeace Brazil said the blazes were the direct result of a government", "land-grabbers.",
  ("Greenpeace", C, neg, "Brazil", "the national office speaks for Greenpeace; blame on the government = condemning"))
U(d, "Colombia's president Iván Duque said he would propose a conservation pact", "next month.",
  ("Colombia", T, pos, "", "proposing a regional pact among the Amazon countries = a diplomatic course (calling_for_talks)"))

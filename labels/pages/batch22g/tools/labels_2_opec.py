# ------------------------------------------------------------------ OPEC+ cut and the US-Saudi row (Gulf news site, full HTML, 2022-10-18)
d = "page_opec_cut_gulfsite.html"
# No row: cookie bar, edition strip, brand, nav, markets ticker, breadcrumbs, kicker, headline, standfirst, byline/meta,
# share bar, figcaptions ("1 of 2"), ADVERTISEMENT, crossheads, "Related:", credits, tags, newsletter, comments, most read, footer.
U(d, "The UAE on Monday threw its weight behind Saudi Arabia", "would be made to answer for it.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "dateline excluded; long lead: backing Riyadh = supporting"),
  ("United States", C, neg, "Saudi Arabia", "same sentence: Biden's warning that the kingdom would 'answer for it' = threat"))
U(d, "In a statement carried by the state news agency WAM", "all 23 producers together.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "MoFAIC = UAE; 'had Riyadh's back' = backing; WAM is an agency, not an actor"))
U(d, "The ministry also called for a calm and constructive dialogue", "producers and consumers alike.",
  ("United Arab Emirates", T, neu, "", "'the ministry' = UAE's by context; appeal for dialogue, no judgement"))
# No row: "The OPEC+ alliance agreed in Vienna on October 5 ..." (background narration, the group as subject).
U(d, "Saudi Arabia's foreign ministry said on Thursday that claims the kingdom", "supply and demand alone.",
  ("Saudi Arabia", N, neg, "", "denial of an accusation = neutral, negative"))
U(d, "The ministry also disclosed that Washington had asked", "would have hurt the market.",
  ("Saudi Arabia", N, neu, "", "own account: refused a request, no judgement"),
  ("United States", N, neu, "Saudi Arabia", "US request for a one-month delay reported inside the Saudi sentence (X reported by Y = X's statement); a request about timing, not an appeal for talks"))
U(d, "The statement said the kingdom would not bow to ultimatums", "resolutions on Ukraine.",
  ("Saudi Arabia", C, neg, "United States", "'would not bow to ultimatums or accept lectures' = judgement of Washington's pressure (target by context)"))
U(d, "Energy Minister Prince Abdulaziz bin Salman told reporters in Vienna", "below their quotas.",
  ("Saudi Arabia", N, neu, "", "figures and purpose; Vienna = place"))
U(d, "Asked whether the group was waging economic war on the West", "nobody else's.",
  ("Saudi Arabia", N, neg, "", "pronoun subject = the minister; dismissal of the accusation = denial, neutral"))
U(d, "The White House called the cut a grave misjudgement", "war in Ukraine.",
  ("United States", C, neg, "OPEC", "judgement + accusation of siding with Moscow; the group = OPEC+ (canonical OPEC)"))
U(d, "The same statement said the president would weigh further sales", "through the winter.",
  ("United States", N, neu, "", "own plans (reserve sales), no measure against another side"))
U(d, "Biden said in an interview with CNN last Tuesday", "what he was weighing.",
  ("United States", C, neg, "Saudi Arabia", "threat of a response ('pay a price'); Moscow as object"))
U(d, "John Kirby, a spokesman for the National Security Council", "including security cooperation.",
  ("United States", C, neg, "Saudi Arabia", "role then name; review of the relationship announced as a response = threatened measure (unsure: could be neutral procedure)"))
U(d, "\"This isn't going to happen overnight.", "Kirby said.",
  ("United States", N, neu, "", "multi-sentence quote closed by speaker; procedure and timing"))
U(d, "Senator Bob Menendez, the Democrat who chairs the Senate Foreign Relations Committee", "Riyadh changed course.",
  ("United States", C, neg, "Saudi Arabia", "senator = United States (as the guide's Senator Cardin); blocking arms sales = sanction-like measure"))
U(d, "Russian Deputy Prime Minister Alexander Novak, who attended the Vienna talks", "keep it in balance.",
  ("Russia", N, pos, "", "assessment of the market, approval of a decision Russia took part in = neutral, positive"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow valued its cooperation with Riyadh", "balanced and responsible.",
  ("Russia", S, pos, "Saudi Arabia", "praise of the cooperation with Riyadh = supporting; Moscow = metonym"))
U(d, "President Vladimir Putin told an energy forum in Moscow on Wednesday", "nothing to do with reality.",
  ("Russia", N, neg, "", "denial of a plot = neutral, negative; Moscow = place"))
# No row: "The rest of the Gulf moved quickly to stand with the kingdom." (summary line before the specific statements).
U(d, "The Gulf Cooperation Council's secretary-general, Nayef Falah Al Hajraf", "realities of the market.",
  ("Gulf Cooperation Council", S, pos, "Saudi Arabia", "secretary-general = GCC (alias in name files); backing"))
U(d, "Kuwait, Bahrain and Oman each issued statements backing the kingdom", "consensus among all members.",
  ("Kuwait", S, pos, "Saudi Arabia", "list of states: one row each"),
  ("Bahrain", S, pos, "Saudi Arabia", "list of states: one row each"),
  ("Oman", S, pos, "Saudi Arabia", "list of states: one row each"),
  ("Iraq", N, neu, "", "Iraq's oil ministry states a fact about the decision, no backing stated"))
U(d, "On Friday, Crown Prince Mohammed bin Salman told Ukrainian President Volodymyr Zelensky", "Saudi Press Agency reported.",
  ("Saudi Arabia", S, pos, "Ukraine", "aid announced = backing by act; SPA is an agency, not an actor; Zelensky as object"))
U(d, "Zelensky thanked him for the package", "territorial integrity.",
  ("Ukraine", S, pos, "Saudi Arabia", "thanks = approval of a step"))
U(d, "Adel Al Jubeir, the minister of state for foreign affairs", "eight decades of partnership.",
  ("Saudi Arabia", T, pos, "United States", "denial + hope to talk differences through: the hope decides (calling_for_talks)"))
# No row: "Analysts in the region say ..." (unnamed speakers).
U(d, "Karim El-Sayegh, an energy economist at a Dubai-based consultancy", "takes effect in December.",
  ("Karim El-Sayegh", N, neg, "", "independent analyst: risks, no judgement"))
U(d, "\"The risk is a price spike in the first quarter", "he said.",
  ("Karim El-Sayegh", N, neg, "", "scenario, no judgement"))
U(d, "Rachel Hollings, a Gulf fellow at a Washington think tank", "to contain Iran.",
  ("Rachel Hollings", N, neu, "", "independent researcher: what may happen next"))
U(d, "\"Both capitals need to stop negotiating through the press", "she said.",
  ("Rachel Hollings", T, neg, "", "appeal to both sides to talk, no judgement of one side = calling_for_talks, negative tone"))
# No row: "OPEC+ ministers are next due to meet on December 4." (narration); commenters (not actors).

# ------------------------------------------------------------------ Bacha Khan University attack, Charsadda (live blog, full HTML, 2016-01-20/21)
d = "page_charsadda_bachakhan_attack2016_liveblog.html"
# Not statements: nav, breadcrumb, LIVE badge, headline, standfirst, byline, updated line, key points, entry headings (h3), time stamps,
# captions with credits and "2 of 6", the blog's own notes ("Good morning ...", "We are pausing ...", "Welcome ..."), share bar, related, comments, most read, footer.
U(d, "The office of Afghan President Ashraf Ghani said Afghanistan had never given shelter", "victim of the same militants.",
  ("Afghanistan", N, neg, "", "denial of harbouring the attackers = neutral, negative tone"))
U(d, "The statement called for joint and honest work", "against terrorism.",
  ("Afghanistan", T, neu, "", "appeal for joint work of both governments, no judgement -> calling_for_talks, target empty (both)"))
U(d, "Military spokesman Lt Gen Asim Bajwa told reporters on Thursday", "during the assault.",
  ("Pakistan", C, neg, "", "the army speaks for its state; accusation that the attack was run from across the border (no stock word); aimed at handlers, not the Afghan state -> target empty"))
U(d, "Bajwa said Pakistan would raise the matter with Kabul", "the men who planned it.",
  ("Pakistan", T, neu, "Afghanistan", "surname only; demand that Kabul act against the planners via diplomatic channels, no judgement of Afghanistan (unsure: could be read as condemning)"))
U(d, "Prime Minister Nawaz Sharif, speaking by phone from Switzerland", "wherever they were hiding.",
  ("Pakistan", C, neg, "", "announced pursuit of the militants = announced operation (condemning); militants unnamed -> target empty"))
U(d, "\"Those who send gunmen into classrooms", "he was quoted as saying by his office.",
  ("Pakistan", C, neg, "", "speaker carried from the previous paragraph ('he'); passive attribution; a threat to the attackers"))
U(d, "The Khyber Pakhtunkhwa government has announced", "a day of national mourning.",
  ("Pakistan", N, neg, "", "provincial and federal governments resolve to Pakistan; closures and mourning = plans, sombre tone"))
U(d, "Sara Durrani, a security analyst at the Islamabad Institute for Conflict Studies, told us", "had been put into practice.",
  ("Sara Durrani", C, neg, "Pakistan", "invented analyst; judgement of the government's follow-through, no stock word"))
U(d, "\"Schools were promised walls, guards and intelligence.", "not of luck.\"",
  ("Sara Durrani", C, neg, "Pakistan", "her quote in the next paragraph with no verb of saying; 'a failure of government'"))
U(d, "Tehran: Foreign ministry spokesman Hossein Jaberi Ansari condemned", "against extremist violence.",
  ("Iran", C, neg, "", "label + sentence; condemns the killing (perpetrators not named) and solidarity; the judgement decides (rule 1)"))
U(d, "UNICEF: \"Places of learning must be places of safety.", "in a classroom.\"",
  ("UNICEF", T, neg, "", "label and a quotation with no verb of saying; appeal to protect students, no judgement of an actor"))
U(d, "Turkish President Recep Tayyip Erdogan telephoned Sharif", "the Prime Minister's Office said.",
  ("Turkey", S, neg, "Pakistan", "condolences by phone + offer of help to the wounded = supporting (backing by act); relayed by Pakistan's office, which takes no position itself"))
U(d, "Japan's Prime Minister Shinzo Abe sent a message to Sharif calling the attack an outrage", "but go to class.",
  ("Japan", C, neg, "", "'an outrage' = judgement of the attack; attackers unnamed -> target empty"))
U(d, "EU: High Representative Federica Mogherini said the European Union stood with the families", "heavy price for terrorism.",
  ("European Union", S, neg, "Pakistan", "solidarity/condolence, no judgement word = supporting"))
U(d, "British High Commissioner Philip Barton on Twitter:", "and their families.\"",
  ("United Kingdom", S, neg, "Pakistan", "quotation with no verb of saying; sympathy = condolences -> supporting, grief tone"))
U(d, "The US ambassador in Islamabad, David Hale, condemned", "strongest possible words.",
  ("United States", C, neg, "", "condemnation; attackers unnamed -> target empty"))
U(d, "The embassy said the United States was ready to assist Pakistan", "bringing those responsible to justice.",
  ("United States", S, pos, "Pakistan", "offer of assistance = supporting"))
U(d, "Beijing: Foreign ministry spokesman Hong Lei said China was shocked", "strongly condemned it.",
  ("China", C, neg, "", "label + sentence; shock + condemnation -> condemning"))
U(d, "Hong added that China would keep backing Pakistan's efforts", "against terrorism.",
  ("China", S, pos, "Pakistan", "surname only; backing and cooperation = supporting"))
U(d, "UN Secretary-General Ban Ki-moon condemned the assault", "brought to justice swiftly.",
  ("United Nations", C, neg, "", "condemnation + demand for justice (rule 1)"))
U(d, "In the same statement, his spokesman said, Ban stressed", "the future of a whole country.",
  ("United Nations", C, neg, "", "reported through the spokesman; 'an attack on the future' = judgement of the attack"))
U(d, "Narendra Modi on Twitter:", "prayers for the injured.\"",
  ("India", C, neg, "", "quotation with no verb of saying; condemnation + condolences: the judgement decides (rule 1)"))
U(d, "Kabul: President Ghani's office said he had condemned the attack", "people with no religion.",
  ("Afghanistan", C, neg, "", "label + reported clause; the call itself is narrated, the condemnation is the position"))
U(d, "Umar Mansoor, a commander of the Tariq Gidar group", "fighters killed by the army.",
  ("Tariq Gidar Group", C, neg, "Pakistan", "faction claims the attack as revenge on the army = a taken response with a grievance"))
U(d, "Hours later, the Pakistani Taliban's main spokesman, Muhammad Khurasani", "went against Islamic law.",
  ("Pakistani Taliban", C, neg, "", "denial of involvement joined to a judgement of the killing ('against Islamic law') -> condemning, target empty (unsure: the faction is part of the movement)"))
U(d, "Asfandyar Wali Khan, head of the Awami National Party", "reached the campus.",
  ("Awami National Party", C, neg, "", "'cowardly' judgement of the attack + implied criticism of security; attackers unnamed -> target empty"))
U(d, "Provincial Health Minister Shaukat Ali Yousafzai said at least 20 people", "likely to rise.",
  ("Pakistan", N, neu, "", "provincial minister resolves to Pakistan; toll without blame = neutral"))
U(d, "The army said on Twitter that its troops had killed four attackers", "two blocks of the campus.",
  ("Pakistan", N, neu, "", "own operation reported as done, no judgement = neutral"))
U(d, "Police in Charsadda said gunmen had entered the campus", "was under way.",
  ("Pakistan", N, neu, "", "police of the named state give facts"))

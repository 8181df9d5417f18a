# ------------------------------------------------------------------ Tangaraju Suppiah's execution, Singapore (national daily, full HTML, 2023-04-26)
d = "page_singapore_tangaraju_hanging2023_nationaldaily.html"
# Not statements: top bar, menu, ADVERTISEMENT, breadcrumbs, headline, standfirst, byline, time stamps, share bars, caption,
# crossheads, share prompt, tags, Related links, comments box, Most Read, footer.
# "SINGAPORE - Singaporean Tangaraju Suppiah, 46, was hanged ..." = narration of the event, no row.
U(d, "The Singapore Prison Service confirmed in a brief reply", "carried out that morning.",
  ("Singapore", N, neu, "", "a state service confirming a fact"))
U(d, "In a statement on Wednesday afternoon, the Central Narcotics Bureau said", "considered and turned down.",
  ("Singapore", N, neu, "", "procedure and defence of own process, no evaluation of another actor"))
U(d, "The Ministry of Home Affairs (MHA) had said a day earlier", "the drugs in 2013.",
  ("Singapore", N, neu, "", "the ministry's factual rebuttal of the innocence claims = neutral (denial-like)"))
U(d, "The ministry also took aim at British businessman Richard Branson", "never been properly shown.",
  ("Singapore", C, neg, "Richard Branson", "'took aim at' = criticism of Branson (the ministry's judgement follows)"),
  ("Richard Branson", C, neg, "Singapore", "relative clause carries Branson's own position: executing a man whose guilt was not shown = judgement"))
U(d, "People abroad who had not read the trial record", "off its streets.",
  ("Singapore", C, neg, "", "attribution tail; rebuke of foreign critics without a stock word; several critics -> target empty"))
U(d, "MHA noted that Mr Branson had been invited in 2022", "that offer remained open.",
  ("Singapore", N, neu, "", "restating a past invitation to a televised debate inside a rebuke: a challenge, not a diplomatic course -> neutral (re-check pass; first label calling_for_talks)"))
U(d, "In a second post on Tuesday, Mr Branson asked President Halimah Yacob", "a review of the evidence.",
  ("Richard Branson", T, neg, "Singapore", "appeal for clemency and time, no judgement word in this sentence"))
U(d, "The family had also filed an application to the Court of Appeal", "finding nothing new in it.",
  ("Singapore", N, neu, "", "the court's decision reported as done (a state organ), no evaluation; the family unnamed -> no row"))
U(d, "Speaking to reporters at a community event in Yishun", "supported by most Singaporeans.",
  ("Singapore", N, neu, "", "minister's defence of own policy, no judgement of another actor"))
U(d, "\"We have set out our reasons many times.", "Mr Shanmugam said.",
  ("Singapore", N, neu, "", "quote closed by surname; declines to yield, no judgement"))
U(d, "The UN Human Rights Office had appealed to the authorities on Tuesday", "fair-trial guarantees.",
  ("United Nations", T, neg, "Singapore", "appeal to halt + doubts (concern, not a judgement word) -> calling_for_talks"))
U(d, "After the execution, the office's spokeswoman Ravina Shamdasani said", "on executions in place.",
  ("United Nations", C, neg, "Singapore", "'regretted Singapore's decision' = judgement; with an appeal -> condemning (rule 1)"))
U(d, "The European Union's delegation to Singapore said", "moved away from it.",
  ("European Union", T, neu, "Singapore", "'opposed to capital punishment in all circumstances' is a principle aimed at no actor; appeal to Singapore -> calling_for_talks"))
U(d, "The delegation noted that Malaysia had this month removed", "described as encouraging.",
  ("European Union", S, pos, "Malaysia", "approval of Malaysia's step"))
U(d, "Amnesty International said the execution had been carried out", "few other states matched.",
  ("Amnesty International", C, neg, "Singapore", "'unsafe' conviction + pace of hangings = judgement"))
U(d, "Human Rights Watch said the conviction leaned heavily", "no lawyer was advising him.",
  ("Human Rights Watch", C, neg, "Singapore", "accusation of an unfair process"))
U(d, "\"Singapore keeps telling the world that the noose deters traffickers", "the group's deputy Asia director.",
  ("Human Rights Watch", C, neg, "Singapore", "speaker named after the quote, speaks for HRW; dismissal of Singapore's claim = judgement"))
U(d, "The Global Commission on Drug Policy, of which Mr Branson is a member", "wherever it had been tried.",
  ("Global Commission on Drug Policy", C, neg, "Singapore", "'grim product of a failed policy' = judgement without stock word"))
U(d, "Ms Kokila Annamalai of the Transformative Justice Collective", "campaigning against every execution.",
  ("Transformative Justice Collective", C, neg, "Singapore", "activist speaks for her group; 'questions no court had answered' = criticism of the courts"))
U(d, "Dr Marcus Teo, a senior fellow at a Singapore-based policy institute", "damage to its image overseas.",
  ("Marcus Teo", N, neu, "", "invented analyst; analysis of the Government's reasoning, no position"))
U(d, "\"Each hanging draws more attention abroad than the one before", "he said.",
  ("Marcus Teo", N, neu, "", "observation, no judgement or appeal"))
U(d, "Associate Professor Priya Raman of a local university's law faculty", "the default sentence.",
  ("Priya Raman", N, neu, "", "invented scholar; defends the courts and hopes for law reform (not a peace appeal) -> neutral (unsure)"))
# "Tangaraju was the first person executed ..." = background figures, no row.
U(d, "In Kuala Lumpur, Deputy Law Minister Ramkarpal Singh said", "the right choice for Malaysians.",
  ("Malaysia", N, neu, "", "declines to comment on Singapore; praise of its own reform = self-praise, neutral"))
U(d, "A spokesman for the Australian High Commission said", "as a matter of course.",
  ("Australia", N, neu, "", "principled opposition aimed at no one and routine raising of the issue, no appeal or judgement of Singapore -> neutral (unsure)"))

# ------------------------------------------------------------------ China detains Kovrig and Spavor after Meng's arrest (Reuters-style wire, 2018-12-14)
d = "page_kovrig_spavor_wire.txt"
U(d, "U.S. Secretary of State Mike Pompeo on Friday called", "China's state security service.",
  ("United States", C, neg, "China", "lead after the dateline: 'unlawful' detention + 'should be sent home' = judgement (rule 1); Ottawa's consular visit in the same sentence is narrative"))
U(d, "Speaking after talks between the U.S. and Canadian", "American citizens.",
  ("United States", S, pos, "Canada", "'stood with Canada' + keeps raising the cases = backing of Canada; Beijing is only addressed"))
U(d, "\"Holding people like this, without explanation", "Chrystia Freeland.",
  ("United States", C, neg, "China", "two-sentence quote closed by its speaker = one unit; 'wrong' is a judgement without stock words, the demand does not lower it (rule 1)"))
U(d, "Freeland, who thanked Washington for its backing", "full access to both.",
  ("Canada", S, pos, "United States", "thanks to Washington (metonym) = approval; the consular priority in the same sentence is neutral, rule 3 before rule 4"))
U(d, "Canada's ambassador in Beijing, John McCallum, met", "in a statement.",
  ("Canada", N, neu, "", "consular visit reported as done by 'the Canadian foreign ministry' (Global Affairs, named by context); Beijing = place"))
U(d, "It welcomed the access granted to Kovrig", "as soon as possible.",
  ("Canada", T, neu, "China", "'It' = the ministry; welcome + appeal for access with no judgement: rule 2 before rule 3 = calling_for_talks (README: welcome with a peace appeal)"))
U(d, "China's foreign ministry said on Thursday that security bureaus", "had been informed.",
  ("China", N, neu, "", "the state's own procedure and grounds stated without a judgement of another actor (suspects are individuals, not a canonical party)"))
U(d, "Ministry spokesman Lu Kang told a daily news briefing", "strictly according to law.",
  ("China", N, neu, "", "reassurance about its own conduct = neutral (README)"))
U(d, "Asked whether the two would be freed if Canada let Meng Wanzhou go", "a serious mistake.",
  ("China", C, neg, "Canada", "demand to release Meng + 'a serious mistake' = judgement of Ottawa's act (rule 1); Ottawa = metonym"))
U(d, "\"Those who criticise China in the name of the rule of law", "Lu said.",
  ("China", C, neg, "Canada", "quote turning the criticism back on Canada (holding a citizen who broke no law) = accusation"))
U(d, "Beijing summoned McCallum on Dec. 8", "set free.",
  ("China", C, neg, "Canada", "summons + warning of consequences = threat (guide); Beijing = metonym, Ottawa = addressee"))
U(d, "Public Safety Minister Ralph Goodale said on Tuesday", "were connected.",
  ("Canada", N, neu, "", "no link seen: a plain statement, no judgement"))
U(d, "Prime Minister Justin Trudeau said in Ottawa on Wednesday", "decide Meng's fate.",
  ("Canada", N, neu, "", "own contacts and own courts: plans and procedure; Ottawa = place"))
U(d, "The dispute has been complicated by U.S. President Donald Trump", "trade deal with China.",
  ("United States", N, neu, "", "Trump's stated intention to intervene, no judgement or appeal; 'complicated' is the reporter's narration"))
U(d, "Freeland replied on Wednesday that it would be wrong", "aimed at Trump.",
  ("Canada", C, neg, "United States", "'would be wrong' = a judgement, though conditional and unnamed; read as aimed at Trump, so target US (unsure: could be neutral)"))
U(d, "Global Affairs Canada spokesman Guillaume Berube said", "with Chinese officials.",
  ("Canada", N, neg, "", "a citizen missing + own efforts: facts and plans, worried tone"))
U(d, "The Brussels-based International Crisis Group said it had received", "secret or illegal.",
  ("International Crisis Group", N, neg, "", "employer's account + denial that the work broke the law = neutral, negative (guide: denials)"))
U(d, "\"Michael is an analyst who talks to officials", "the group's president.",
  ("International Crisis Group", T, neg, "China", "demand to release with no judgement word = calling_for_talks (README: a demand to one side with no judgement); person named after the quote speaks for the group"))
U(d, "\"He has spent his whole career helping governments", "rather than into them.\"",
  ("International Crisis Group", N, pos, "", "quotation continued over a paragraph break with no new attribution = same speaker (Malley for the group); defence of its analyst, no judgement of China and no appeal = neutral, positive"))
U(d, "Lu said on Wednesday that the Crisis Group was not registered", "in the country.",
  ("China", C, neg, "International Crisis Group", "accusation that the group's staff break Chinese law (conditional) aimed at the think tank"))
U(d, "In Ottawa, opposition Conservative leader Andrew Scheer", "bring the men home.",
  ("Conservative Party of Canada", C, neg, "Canada", "opposition party judges its own government ('soft on Beijing') = condemning, target Canada; Beijing only mentioned"))
U(d, "Guy Saint-Jacques, Canada's ambassador to China from 2012 to 2016", "over Meng.",
  ("Guy Saint-Jacques", C, neg, "China", "former envoy, now an independent commentator (own name); 'bargaining chips' = accusation of Beijing"))

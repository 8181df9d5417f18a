# Page 6: St Vincent and the Grenadines daily (invented The Windward Chronicle), 7 August 2021: PM Ralph Gonsalves
# struck by a stone outside Parliament on 5 August during the protest against the Public Health Act amendments.
# Not rows: masthead, date, menu, "LATEST" ticker, section label, headline, byline, share prompts, [Photo] captions
# and credits, ADVERTISEMENT, crossheads, "The 74-year-old was hit ..." and "He was treated at ..." (narration),
# "The protest was against amendments ..." (narration), tags, Related, Most Read, comment prompt, copyright.
DOC = "page_stvincent_gonsalves_stone2021_dailyscrape.txt"
SVG = "Saint Vincent and the Grenadines"
NDPV = "New Democratic Party (Saint Vincent and the Grenadines)"
PSU = "Public Service Union (Saint Vincent and the Grenadines)"
ROWS = [
    ("Prime Minister Dr Ralph Gonsalves says he is recovering from a concussion after being struck on the head by a stone thrown during Thursday's protest outside Parliament, as leaders across the Caribbean condemned the attack and police appealed for witnesses.",
     SVG, "neutral", "neutral", "", "head of government on his own health = facts; 'leaders across the Caribbean' is a summary without named speakers (they get their rows below)"),
    ("In a video posted to his Facebook page on Friday evening, the prime minister said the scan had found no damage to his brain but that his doctors wanted to keep watch on him for several weeks.",
     SVG, "neutral", "neutral", "", "medical facts given by the speaker"),
    ("\"That stone was not thrown to make a point. It was thrown to hurt me badly, and the person who threw it knew exactly where it was going,\" Dr Gonsalves said.",
     SVG, "condemning", "negative", "", "two-sentence quote closed by the speaker = one unit; accusation of intent to harm against an unnamed person -> target empty"),
    ("He also laid blame beyond the crowd, saying that weeks of what he called reckless agitation against the vaccination law had prepared the ground for Thursday's violence.",
     SVG, "condemning", "negative", "", "blame extended to unnamed instigators (the opposition by implication, not named in the unit) -> target empty (unsure: target could be the NDP)"),
    ("\"Nobody in this country has ever been stopped from marching against my government. Blocking the gate of Parliament and stoning a member on his way to vote is something else altogether,\" he added.",
     SVG, "condemning", "negative", "", "judgement on the blockade of Parliament by the protesters (not a canonical actor)"),
    ("In a statement late on Thursday, the Office of the Prime Minister blamed the attack on a crowd of roughly 200 people that it said the opposition leader had summoned to Parliament, and said one of them threw the stone.",
     SVG, "condemning", "negative", NDPV, "OPM = the government; blames the crowd mobilised by the opposition leader = the NDP"),
    ("The statement said the prime minister remained determined to return to his seat in the House as soon as his doctors allowed.",
     SVG, "neutral", "positive", "", "resolve about own conduct"),
    ("Finance Minister Camillo Gonsalves, the prime minister's son, informed the House of the injury on Thursday evening as the sitting continued.",
     SVG, "neutral", "neutral", "", "information given to Parliament"),
    ("Opposition Leader Dr Godwin Friday said on Friday that the New Democratic Party did not condone violence of any kind and wished the prime minister a full recovery.",
     NDPV, "condemning", "neutral", "", "disavowal of the violence = a negative judgement on the act; the get-well wish softens the tone (unsure: could be supporting the PM, or neutral)"),
    ("But he rejected the suggestion that his party bore any responsibility, saying the protest had been called by trade unions and by ordinary citizens worried about their jobs.",
     NDPV, "neutral", "negative", "", "denial of responsibility = neutral, negative"),
    ("\"The government wants everybody talking about one stone so that nobody talks about a law that would make nurses and teachers choose between a needle and a pay cheque,\" Friday said.",
     NDPV, "condemning", "negative", SVG, "surname only; accuses the government of deflecting + judgement on the law"),
    ("He called on the government to withdraw the amendments and sit down with the unions.",
     NDPV, "calling_for_talks", "neutral", SVG, "demand to negotiate with the unions, no judgement word in the unit"),
    ("The Public Service Union, which with the Teachers' Union and the Police Welfare Association had urged members to join Thursday's demonstration, said in a statement that the attack had no place in the workers' struggle and that it wanted whoever was responsible found.",
     PSU, "condemning", "negative", "", "union's judgement on the attack; the thrower is unnamed -> target empty (the Teachers' Union and the Police Welfare Association are mentioned, not speakers)"),
    ("The union said it would go on opposing the amendments by every lawful means.",
     PSU, "condemning", "neutral", SVG, "continued opposition to the government's bill = opposes an actor's act (unsure: could be neutral)"),
    ("The Royal St Vincent and the Grenadines Police Force said officers were studying video footage from the scene and asked anyone who could identify the person who threw the stone to come forward.",
     SVG, "neutral", "neutral", "", "police = state; investigation step and appeal for witnesses = procedure"),
    ("Antigua and Barbuda's Prime Minister Gaston Browne, the current chairman of CARICOM, condemned the assault in a statement issued on behalf of the Community on Friday.",
     "CARICOM", "condemning", "negative", "", "a head of government speaking as chair and in the name of the regional body = the body (guide); the assailant is unnamed -> target empty"),
    ("\"What happened in Kingstown on Thursday should shame anyone in this region who calls himself a democrat. Whoever threw that stone should answer for it before a judge,\" Browne said.",
     "CARICOM", "condemning", "negative", "", "continuation of the chair's statement; judgement + call for prosecution"),
    ("Trinidad and Tobago's Foreign Minister Dr Amery Browne said Port of Spain had followed Thursday's events hour by hour and was praying for the prime minister's quick return to health.",
     "Trinidad and Tobago", "supporting", "positive", SVG, "a second Browne (T&T foreign minister, not CARICOM); Port of Spain = the T&T government (capital as metonym); following events + prayers for recovery = solidarity"),
    ("The Organisation of Eastern Caribbean States described Thursday's events as a dark moment for the sub-region and called for calm and for political differences to be settled through dialogue.",
     "Organisation of Eastern Caribbean States", "calling_for_talks", "negative", "", "alarm ('dark moment') without a judgement on an actor + appeal for calm and dialogue = calling_for_talks"),
    ("The government has said the change will allow it to require vaccination for frontline workers in the public service.",
     SVG, "neutral", "neutral", "", "plans explained by the government"),
    ("Dr Gonsalves has said no one will face a criminal penalty for refusing the vaccine.",
     SVG, "neutral", "neutral", "", "reassurance about the law's scope"),
]

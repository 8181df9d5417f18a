# ------------------------------------------------------------------ The La Carlota uprising called by Guaidó and López, and the reactions
# Latin American English-language news site, full HTML, 2019-05-03
d = "page_lacarlota_uprising_latamsite.html"
# Not statements: cookie bar, edition strip, brand/tagline, nav, breadcrumbs, kicker, headline, standfirst, byline,
# dateline/time line, share bar, figcaptions ("1 of 3" with credits), ADVERTISEMENT, crossheads ('The barracks are
# listening', "Washington, Moscow, Havana", "The region divides"), "Related:", credits, tags, newsletter, comments,
# Most read, footer.
U(d, "Venezuela's government said on Thursday it had defeated what it called a coup attempt", "end in a general strike.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "dateline excluded; long lead with two positions: the government brands the uprising a coup by 'a handful of soldiers and opposition politicians' = judgement"),
  ("National Assembly of Venezuela", C, neg, "Venezuela", "Guaidó = National Assembly of Venezuela (name files); announced rolling strikes to bring down the government = a measure against the other side (unsure: could be neutral, a plan)"))
U(d, "Defense Minister Vladimir Padrino López, flanked by the military high command", "no support in the barracks.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "'the plotters' + soldiers 'deceived' = judgement on Guaidó's camp"))
U(d, "President Nicolás Maduro, who did not appear in public until Tuesday night", "before the courts.",
  ("Venezuela", C, neg, "National Assembly of Venezuela", "threat of prosecution for the organisers"))
U(d, "He accused the Trump administration and the government of Colombian President Iván Duque", "from Washington and Bogotá.",
  ("Venezuela", C, neg, "", "'He' = Maduro; accusation against two governments -> target empty; Washington and Bogotá = metonyms in the object"))
U(d, "Maduro also mocked Secretary of State Mike Pompeo's claim", "in Pompeo's imagination.",
  ("Venezuela", N, neg, "", "denial of the US claim, put as mockery = neutral, negative (unsure: the ridicule could be read as condemning)"))
U(d, "Guaidó told thousands of supporters in eastern Caracas on Wednesday", "stopped working for him.",
  ("National Assembly of Venezuela", C, neg, "Venezuela", "the government lost the barracks + strikes to force Maduro out = a measure against the other side"))
U(d, "Leopoldo López, the founder of the Popular Will party", "break with Maduro.",
  ("Popular Will", C, neg, "Venezuela", "party founder speaking for his movement; announces further defections against the government (unsure: could be neutral, a prediction)"))
U(d, "The Supreme Court, controlled by Maduro loyalists, has since ordered", "his house arrest.",
  ("Venezuela", C, neg, "Popular Will", "arrest order against an opposition leader = a measure against another side (unsure: could be a neutral procedure)"))
# "López, his wife Lilian Tintori and their daughter first took shelter at the Chilean ambassador's residence ..." -> narration, no row
U(d, "Madrid said on Thursday that López and his family were guests", "asking him to leave.",
  ("Spain", S, pos, "Popular Will", "Madrid = metonym; protection by act of the Popular Will leader (refusal to hand him over) = supporting (unsure: target could be left empty)"))
U(d, "Spain's acting Foreign Minister Josep Borrell, speaking during a visit to Beirut on Friday", "political campaigning.",
  ("Spain", N, neu, "", "Borrell speaks for Spain here (in 2019 he was Spain's foreign minister; the name files list him as EU, his later office); own rules for the residence; Beirut = place"))
U(d, "On Tuesday, Spanish government spokeswoman Isabel Celaá said Spain would not support", "a free presidential election.",
  ("Spain", T, neu, "", "no support for a coup + hope for no bloodshed + an election as the way out, no judgement on a named actor = calling_for_talks"))
# "At least four people have been killed ..., according to local rights groups." -> unnamed source, no row
U(d, "Pompeo wrote on Twitter on Tuesday morning that Washington stood entirely behind", "Guaidó had launched.",
  ("United States", S, pos, "National Assembly of Venezuela", "backing on social media"))
U(d, "Speaking to CNN later that day, Pompeo said Maduro had been preparing", "persuaded him to stay.",
  ("United States", C, neg, "Russia", "claim that Russian officials kept Maduro in power = an accusation aimed at Russia"))
U(d, "President Donald Trump warned on Twitter that Cuba would face a total embargo", "at once.",
  ("United States", C, neg, "Cuba", "threat of embargo and sanctions on social media"))
U(d, "The Russian Foreign Ministry urged the opposition on Tuesday", "through dialogue.",
  ("Russia", T, neg, "National Assembly of Venezuela", "demand addressed to one side with no judgement word + dialogue = calling_for_talks"))
U(d, "In a telephone call on Wednesday, Russian Foreign Minister Sergei Lavrov told Pompeo", "Russian Foreign Ministry readout.",
  ("Russia", C, neg, "United States", "'meddling' that 'broke the most basic rules' + a warning of serious risks = judgement and threat; ministry readout register"))
U(d, "The State Department said Pompeo had warned Lavrov", "end its backing for Maduro.",
  ("United States", C, neg, "", "accusation against Moscow and Havana ('fuelling instability') + demand = condemning; two actors -> target empty"))
U(d, "Cuban President Miguel Díaz-Canel wrote on Twitter that Cuba rejected", "the Venezuelan people.",
  ("Cuba", C, neg, "National Assembly of Venezuela", "rejects the 'coup movement' (judgement) + solidarity with Maduro: the judgement decides (rule 1)"))
U(d, "In a second message, he said Cuba would not bow to ultimatums from Washington", "however many times they were repeated.",
  ("Cuba", C, neg, "United States", "'he' = Díaz-Canel; defiance of US ultimatums = a refusal in protest, condemning"))
U(d, "Foreign Minister Bruno Rodríguez denied that Cuba had any troops", "a fabrication.",
  ("Cuba", N, neg, "", "denial ('a fabrication') = neutral, negative"))
# "The Lima Group held an emergency meeting by telephone on Tuesday." -> narration, no row
U(d, "In a statement read by Colombian Foreign Minister Carlos Holmes Trujillo, the group threw", "amounted to a coup.",
  ("Lima Group", S, pos, "National Assembly of Venezuela", "the Colombian minister reads the group's statement = Lima Group, not Colombia; backing + refusal of the 'coup' label"))
U(d, "The group held Maduro and the armed and intelligence forces serving him", "in Lima on Friday.",
  ("Lima Group", C, neg, "Venezuela", "'held ... directly responsible' = condemning; the meeting plan is secondary"))
U(d, "Duque urged Venezuelan soldiers to side with Guaidó", "those who did.",
  ("Colombia", S, pos, "National Assembly of Venezuela", "surname only (introduced above as Colombian President); call to defect + pledge to stand by them = supporting Guaidó's side"))
U(d, "Brazil's Foreign Ministry said 25 Venezuelan soldiers had sought refuge", "on Tuesday.",
  ("Brazil", N, neu, "", "fact given by a ministry, no stance"))
U(d, "Bolivian President Evo Morales denounced the uprising", "outside powers.",
  ("Bolivia", C, neg, "National Assembly of Venezuela", "Morales speaks as Bolivia's president here (the name files list him under his party, his later role)"))
U(d, "Mexico and Uruguay, which have declined to recognize Guaidó, called on both sides", "return to dialogue.",
  ("Mexico", T, neg, "", "two states in one sentence = two rows; appeal to both sides"),
  ("Uruguay", T, neg, "", "same sentence, Uruguay's row"))
U(d, "EU foreign policy chief Federica Mogherini said in a statement on behalf of the 28 member states", "further loss of life.",
  ("European Union", T, neg, "", "no military route + appeal for restraint = calling_for_talks"))
U(d, "UN Secretary-General Antonio Guterres appealed to all parties", "his spokesman said.",
  ("United Nations", T, neg, "", "appeal to all parties; attribution tail via the spokesman"))
U(d, "OAS Secretary General Luis Almagro hailed the soldiers who had joined Guaidó", "follow their example.",
  ("Organization of American States", S, pos, "National Assembly of Venezuela", "praise of the defectors + call to others to follow = supporting Guaidó's side"))
# Residents around La Carlota, "Analysts in Caracas" (with Figuera's break narrated inside) -> not actors, no rows

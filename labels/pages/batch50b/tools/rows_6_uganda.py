from common import Page
P = Page("page_uganda_eacop_euresolution2022_dailyscrape.txt")
DOC = P.doc
S = P.S
U, EU, TZ, NUP, TE = "Uganda", "European Union", "Tanzania", "National Unity Platform", "TotalEnergies"
ROWS = [
(S("The government has stepped up its defence"), U, "condemning", "negative", EU, "dateline 'Kampala.' not part of the unit; Museveni: 'no foreign assembly will decide' = rejection of the European Parliament's interference (EP = European Union in actors.csv)"),
(S("The resolution, adopted in Strasbourg last week"), EU, "condemning", "negative", "", "the European Parliament's resolution: appeal to TotalEnergies + demand that Uganda and Tanzania stop harassing defenders (a judgement) -> rule 1; three actors addressed -> target empty"),
(S("In a statement posted on his social media accounts"), U, "neutral", "neutral", "", "the President: the project goes ahead under signed agreements"),
(S("He added that if the French company lost its nerve"), U, "condemning", "negative", TE, "conditional threat to replace TotalEnergies (a threatened response); Kampala = metonym (unsure: a warning to a partner, could be neutral)"),
(S("The President also praised Deputy Speaker Thomas Tayebwa"), U, "supporting", "positive", "", "praise of his own officials (not another actor) -> target empty"),
(S("Mr Tayebwa, who led Parliament's reply"), U, "condemning", "negative", EU, "Thomas Tayebwa is an alias of Uganda (Deputy Speaker; Parliament resolves to the state); accuses the lawmakers of relying on activists and of dictating to Africans"),
(S("Europe built its wealth on coal"), U, "condemning", "negative", EU, "two-sentence quote closed by Tayebwa; 'Europe' here = the European lawmakers/EU (unsure: could be left without a target)"),
(S("He said Parliament was nevertheless ready to host"), U, "calling_for_talks", "positive", EU, "invitation to European lawmakers to visit = offer of engagement"),
(S("Mr Kiwanuka said the resolution amounted to an attempt"), U, "condemning", "negative", EU, "Attorney General: 'attempt to interfere in internal affairs' = judgement; 'no legal force' = rejection"),
(S("Energy Minister Ruth Nankabirwa told journalists"), U, "neutral", "positive", "", "facts and pledge about its own conduct"),
(S("She dismissed reports of forced evictions"), U, "neutral", "negative", "", "denial"),
(S("In Dar es Salaam, Tanzania's Energy Minister January Makamba"), TZ, "supporting", "positive", U, "solidarity with Uganda; energy minister in 2022 (foreign minister only from 2023) -> speaks for Tanzania"),
(S("He said the European lawmakers should have consulted"), TZ, "condemning", "negative", EU, "'a project they had clearly not studied' = judgement of the lawmakers"),
(S("TotalEnergies said in a statement that it had taken note"), TE, "neutral", "positive", "", "defends its own project; no judgement of the Parliament"),
(S("The European Union delegation in Kampala said in a statement on Monday"), EU, "supporting", "positive", U, "commitment to the partnership with Uganda; the non-binding remark is procedural (unsure: could be neutral)"),
(S("Their leader, who declined to give his full name"), "", "condemning", "negative", "", "unnamed protest leader: no actor; judgement of 'Europeans' (not a canonical actor as such) -> target empty"),
(S("But the opposition National Unity Platform welcomed the resolution."), NUP, "supporting", "positive", EU, "a position in the body text (not a headline): welcome of the resolution"),
(S("Speaking at the party's weekly press briefing in Kamwokya"), NUP, "supporting", "positive", EU, "Kyagulanyi = NUP; backs the lawmakers' findings (the implied charge against the government is carried by the next units)"),
(S("The oil belongs to the people of Uganda, not to one family"), NUP, "condemning", "negative", U, "two-sentence quote closed by Kyagulanyi; 'one family' = the President's family -> Uganda"),
(S("He said the party had written to European governments asking them to freeze"), NUP, "condemning", "negative", U, "asks for asset freezes on officials = call for sanctions, condemning (labels/README); officials of the Ugandan state -> Uganda"),
(S("Dickens Kamugisha, the chief executive of the Africa Institute"), "Africa Institute for Energy Governance", "condemning", "negative", U, "'attacking the messengers' = judgement of the government"),
(S("Julius Byaruhanga, a Kampala-based oil and gas analyst"), "Julius Byaruhanga", "neutral", "neutral", "", "invented analyst (independent person); assessment"),
(S("What the resolution does is raise the reputational cost"), "Julius Byaruhanga", "neutral", "neutral", "", "two-sentence quote closed by the analyst; assessment"),
(S("Uganda expects first oil from the Lake Albert fields in 2025."), U, "neutral", "neutral", "", "the state's stated plan (unsure: could be read as the paper's narration)"),
]
# Left without a row: headline, byline, photo caption and credit, crossheads, 'ADVERTISEMENT', the march to the EU
# delegation ("On Tuesday, a group of about 50 young people ... police later dispersed them": narration), the pipeline's
# length and route (narration), share prompts, tags, related links, most-read list, comments and newsletter prompts.

# Hand labels, page 4 (Nordic, national daily scraped as text): Venezuela closes its embassy in Oslo after Machado's Nobel (Oct 2025)
DOC = "page_norway_venezuela_embassyclosure2025_dailyscrape.txt"
NO, VE = "Norway", "Venezuela"
UP = "Unitary Platform"          # María Corina Machado is an alias of this actor in labels/actors.csv
NNC = "Norwegian Nobel Committee"
C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"

L1 = "Venezuela has closed its embassy in Oslo, the Norwegian Ministry of Foreign Affairs confirmed on Monday evening, three days after the Norwegian Nobel Committee awarded this year's Peace Prize to the Venezuelan opposition leader María Corina Machado."

ROWS = [
    (L1, NO, N, "neutral", "", "confirmation of a fact by the ministry"),
    (L1, VE, N, "neutral", "", "closing its embassy = specific act reported as done; no protest or judgement stated (guide: withdrawal without a stated grievance = neutral); unsure: could be read as a retaliatory measure"),
    ("In a communiqué published in Caracas, the Venezuelan foreign ministry presented the closure as part of a reorganisation of the country's foreign service and did not mention the prize.",
     VE, N, "neutral", "", "procedural reason given"),
    ("The same communiqué announced that the embassy in Canberra would also close.",
     VE, N, "neutral", "", "plan; Canberra is a place here"),
    ("Venezuela will instead open embassies in Zimbabwe and Burkina Faso, which the communiqué described as brother nations that stand with Caracas against what it calls imperial domination.",
     VE, S, "positive", "", "new embassies + praise of two states -> supporting; two actors -> target empty"),
    ("The ministry regrets the decision, spokesperson Cecilie Roang said in an email to Oslo Morgenpost.",
     NO, C, "negative", VE, "'regrets' aimed at Venezuela's act = judgement (labels/README: 'regretted' is condemning)"),
    ("Roang said Oslo wanted to go on talking to the authorities in Caracas, whatever the two governments think of each other's politics, and that it would keep working towards that.",
     NO, T, "neutral", VE, "'Oslo' = Norway, 'the authorities in Caracas' = Venezuela; wish for continued dialogue"),
    ("She stressed that the Peace Prize is awarded by a committee that takes its decisions on its own, and that the government plays no part in the choice of laureate.",
     NO, N, "neutral", "", "statement of fact about the committee's independence"),
    ("Prime Minister Jonas Gahr Støre told NRK that he would not guess at the motives in Caracas.",
     NO, N, "neutral", "", "declines to speculate"),
    ("\"But when a country closes its embassy over a prize it does not like, that tells you more about that country than about Norway,\" he said.",
     NO, C, "negative", VE, "'he' = Støre; judgement on Venezuela's move"),
    ("The chair of the Nobel Committee, Jørgen Watne Frydnes, declined to comment on the closure and said the committee would let Friday's announcement speak for itself.",
     NNC, N, "neutral", "", "declines to comment"),
    ("When it announced the prize, the committee praised Machado as the woman who had held Venezuela's opposition together and kept the demand for free elections alive under heavy pressure.",
     NNC, S, "positive", UP, "praise of Machado (= Unitary Platform)"),
    ("On Sunday, speaking at an event in Caracas marking the Day of Indigenous Resistance, President Nicolás Maduro attacked Machado without naming her, using an insult drawn from Venezuelan folklore that government figures have often aimed at her.",
     VE, C, "negative", UP, "Maduro = Venezuela; insult = negative judgement of Machado"),
    ("Machado, who has lived in hiding for more than a year, has said the award belongs above all to Venezuelans who have suffered under the government, and she has also offered it to US President Donald Trump, crediting Washington's pressure on Caracas.",
     UP, S, "positive", "United States", "dedication and thanks to Trump = approval of Washington; the criticism of the government is background (unsure: could be read as condemning Venezuela)"),
    ("In a message on X late on Monday, Machado wrote that the closure showed a government \"that is afraid of what the world is seeing in Venezuela\".",
     UP, C, "negative", VE, "judgement on the Venezuelan government"),
    ("\"Norwegians should know that this has nothing to do with the Venezuelan people. We are grateful to Norway, and we will come back to Oslo in December,\" she wrote.",
     UP, S, "positive", NO, "gratitude to Norway; 'Oslo' is a place here"),
    ("Norway helped facilitate talks between the Venezuelan government and the opposition from 2019, and the process led to the Barbados agreement on elections in October 2023, which later collapsed.",
     NO, T, "neutral", "", "background act reported as done: facilitating talks between two sides = calling_for_talks; both sides -> target empty; unsure: background"),
    ("Progress Party leader Sylvi Listhaug said the government should use the occasion to say clearly that Norway stands with Machado and the democratic opposition \"without ifs and buts\".",
     "Progress Party (Norway)", S, "positive", UP, "party leader = party; backing of Machado and the opposition"),
    ("The Conservative Party's foreign policy spokesperson said Norway should keep its own channels to Caracas open and answer the closure calmly, together with like-minded European countries.",
     "Conservative Party (Norway)", T, "neutral", "", "unnamed spokesperson of a named party = the party; advice to keep dialogue open; addressed to the Norwegian government -> target empty"),
    ("Synnøve Rimstad, who researches Latin American politics at the Oslo Forum for Latin American Studies, said the move was aimed at a home audience more than at Norway.",
     "Synnøve Rimstad", N, "neutral", "", "invented researcher = independent person; analysis"),
    ("\"It costs Caracas very little. Venezuela has few interests here, and the closure lets the government show its own supporters that it hits back, even when the blow comes from a committee the Norwegian government does not control,\" Rimstad said.",
     "Synnøve Rimstad", N, "neutral", "", "analysis without judgement"),
    ("\"The bigger loss is for Norway's role as a go-between. That role depends on being able to pick up the phone and be answered, and this makes it harder,\" she said.",
     "Synnøve Rimstad", N, "negative", "", "consequence, negative tone, no judgement"),
    ("Andreína Colmenares, who chairs a Venezuelan cultural association in Oslo, said the closure left people who need passports and documents with nowhere to turn.",
     "Andreína Colmenares", N, "negative", "", "invented resident = independent person; consequences for the community (unsure: implicit criticism of Venezuela)"),
    ("\"People here need passports renewed, birth certificates, powers of attorney. Now the nearest office is in another country, and many cannot afford the trip,\" she said.",
     "Andreína Colmenares", N, "negative", "", "facts of hardship, no target"),
    ("She added that most Venezuelans she knows in Norway celebrated Machado's prize on Friday night.",
     "Andreína Colmenares", N, "positive", "", "reports others' reaction; no position of her own aimed at an actor"),
    ("Australia's Department of Foreign Affairs and Trade said it had taken note of the decision to close the embassy in Canberra.",
     "Australia", N, "neutral", "", "noted, no judgement"),
]
# No row: "By Monday afternoon, calls to the embassy went unanswered, as the newspaper VG was first to report." (narration, a news outlet);
# "Maduro was declared the winner of the presidential election in July 2024, a result the opposition and many Western governments do not accept."
# (narration; 'the opposition' and 'many Western governments' are unnamed collectives); headline, standfirst, caption, crossheads,
# "Read also", tags, most read, share prompts.

# ------------------------------------------------------------------ Guyana: Irfaan Ali sworn in after the 2020 recount dispute ('world reacts' round-up, South American news site, 2020-08-03)
d = "page_guyana_ali_sworn_in2020_worldreacts.txt"
# Not statements: masthead, city bar, language bar, breadcrumb, WORLD REACTS label, headline, byline, time, share bar,
# [Photo n/3] captions, ADVERTISEMENT, the country/organisation headings, "Related:", tags, newsletter, most read, copyright.
U(d, "Irfaan Ali was sworn in as Guyana's ninth executive president on Sunday", "on the basis of a national recount.",
  ("Guyana", N, neu, "", "dateline excluded; the elections commission's declaration (state body) + swearing-in: facts"))
# "The declaration ended a five-month dispute ... international observers rejected." = background narration, no row.
U(d, "The commission's chairwoman, retired Justice Claudette Singh, declared", "Alliance For Change coalition.",
  ("Guyana", N, neu, "", "GECOM chair = Guyana; figures"))
# "Here is how governments and organisations have responded:" = lead-in, no row.
U(d, "In his inaugural address, President Ali said he would govern for every Guyanese", "heal the country's divisions.",
  ("Guyana", T, pos, "A Partnership for National Unity", "offer of dialogue to the opposition = calling_for_talks"))
U(d, "Ali thanked CARICOM, the diplomatic community and the election observers", "through the long dispute.",
  ("Guyana", S, pos, "", "thanks to several backers -> target empty"))
U(d, "Vice President Bharrat Jagdeo said there would be no witch-hunt", "answer to the courts.",
  ("Guyana", C, neg, "", "threat of prosecution for officials who tried to falsify the count (unnamed) -> condemning, target empty"))
U(d, "Outgoing president David Granger said the coalition did not accept", "in the High Court.",
  ("A Partnership for National Unity", C, neg, "Guyana", "Granger speaks as coalition leader; rejection of the declaration + legal challenge; the declaring body is a state organ -> target Guyana (unsure)"))
U(d, "Granger appealed to coalition supporters to remain calm", "within the law.",
  ("A Partnership for National Unity", T, neu, "", "appeal for calm to own supporters"))
U(d, "Secretary of State Mike Pompeo congratulated President Ali", "Guyana's new government.",
  ("United States", S, pos, "Guyana", "congratulations = recognition, backing"))
U(d, "The State Department said visa restrictions imposed in July", "would stay in place.",
  ("United States", C, neg, "", "sanctions kept in force = measure; aimed at unnamed individuals -> target empty"))
U(d, "Eliot Engel, chairman of the House Foreign Affairs Committee, said", "cheat them of their choice.",
  ("United States", C, neg, "A Partnership for National Unity", "a congressman speaks for the US (guide: Senator Cardin); accusation aimed at the former government's officials (unsure: target could be empty)"))
U(d, "Foreign Secretary Dominic Raab wrote on Twitter", "the Guyanese people.",
  ("United Kingdom", S, pos, "Guyana", "congratulations + welcome"))
U(d, "Foreign Minister François-Philippe Champagne welcomed the conclusion", "work together peacefully.",
  ("Canada", T, pos, "", "welcome + appeal to all parties to respect the outcome peacefully -> calling_for_talks (rule 2 before 3)"))
U(d, "The EU's High Representative, Josep Borrell, said the bloc congratulated", "its new oil wealth.",
  ("European Union", S, pos, "Guyana", "congratulations + offer of support"))
U(d, "The heads of mission of the United States, Britain, Canada and the European Union", "holding firm to the constitution.",
  ("United States", S, pos, "Guyana", "joint statement: one row per signatory; backing of the new government and praise of GECOM"),
  ("United Kingdom", S, pos, "Guyana", "joint statement: one row per signatory"),
  ("Canada", S, pos, "Guyana", "joint statement: one row per signatory"),
  ("European Union", S, pos, "Guyana", "joint statement: one row per signatory"))
U(d, "The Caribbean Community said it welcomed the declaration of final results", "under its new government.",
  ("CARICOM", S, pos, "Guyana", "welcome + congratulations + continued support"))
U(d, "CARICOM chairman Ralph Gonsalves, prime minister of Saint Vincent and the Grenadines, telephoned", "wish him well.",
  ("CARICOM", S, pos, "Guyana", "head of government acting as the bloc's chairman speaks for CARICOM (guide)"))
U(d, "Prime Minister Keith Rowley said Trinidad and Tobago had joined the CARICOM message", "a difficult episode.",
  ("Trinidad and Tobago", S, pos, "Guyana", "joining the congratulations + relief"))
U(d, "Prime Minister Mia Mottley, who led a CARICOM team to Georgetown in March, congratulated", "for their patience.",
  ("Barbados", S, pos, "Guyana", "congratulations; the March mission is a background clause"))
U(d, "President Chan Santokhi, himself sworn in only last month, congratulated", "border and energy cooperation.",
  ("Suriname", S, pos, "Guyana", "congratulations + wish to cooperate (the hope to meet concerns cooperation, not a dispute)"))
U(d, "Brazil's foreign ministry said in a note that it congratulated", "along their shared border.",
  ("Brazil", S, pos, "Guyana", "congratulations"))
# VENEZUELA: "had not commented by Monday afternoon" = non-answer, no row.
U(d, "Prime Minister Narendra Modi congratulated Ali on Twitter", "between the two countries.",
  ("India", S, pos, "Guyana", "congratulations"))
U(d, "Secretary General Luis Almagro congratulated Ali", "remarkable restraint.",
  ("Organization of American States", S, pos, "Guyana", "congratulations + praise of voters"))
U(d, "Secretary-General Patricia Scotland welcomed the peaceful end", "strengthen its institutions.",
  ("Commonwealth", S, pos, "Guyana", "welcome + pledge of support"))
U(d, "Prime Minister Gaston Browne wrote to Ali to offer his government's support", "economic transformation.",
  ("Antigua and Barbuda", S, pos, "Guyana", "offer of support"))

# ------------------------------------------------------------------ Private Mateusz Sitek's death, Poland and Belarus (Polish national daily, 2024-06-07)
d = "page_sitek_dubicze2024_nationaldaily.html"
# Not statements: top bar, nav, crumbs, headline, lead (standfirst), byline, captions with credits, ADVERTISEMENT, crossheads,
# tags, most read, comments, footer. Own officials appear by title only ("the prime minister", "the defence minister", "the head of Polish diplomacy").
# "Private Mateusz Sitek ... died on Thursday afternoon ..." = narration, no row.
U(d, "The prime minister wrote on Thursday evening that the young soldier had paid with his life", "would not forget.",
  ("Poland", N, pos, "", "tribute to its own fallen soldier (no other actor addressed) = neutral, positive tone"))
U(d, "He confirmed on Friday that the government would restore a closed zone", "for at least ninety days.",
  ("Poland", N, neu, "", "defensive measure on its own border, aimed at no actor = plan (neutral)"))
U(d, "\"The state will not leave those who stand on that line alone.", "on that line alone.",
  ("Poland", N, pos, "", "quote opens, speaker (the prime minister) carried into the next paragraph; reassurance about own conduct"))
U(d, "\"Anyone who attacks a Polish soldier must know that he will be found", "the government's security committee.",
  ("Poland", C, neg, "", "threat of a response to the attacker (not a canonical actor -> target empty)"))
U(d, "The defence minister ordered flags lowered to half-mast", "the rank of sergeant.",
  ("Poland", N, neu, "", "mourning measures for its own soldier, no position on another actor"))
U(d, "The minister said the attack had been carried out by people whom the Belarusian services", "every assault on the border.",
  ("Poland", C, neg, "Belarus", "accusation + 'held the regime responsible'"))
U(d, "The foreign ministry summoned the Belarusian chargé d'affaires on Thursday night.", "on Thursday night.",
  ("Poland", C, neg, "Belarus", "summoning a diplomat = protest act"))
U(d, "According to a statement from the ministry, the diplomat was told", "without delay.",
  ("Poland", C, neg, "Belarus", "'according to a statement from'; demand delivered at a summons, 'without delay' (unsure: a demand with no judgement word could be read as neutral)"))
U(d, "The head of Polish diplomacy added on social media", "if no answer came.",
  ("Poland", C, neg, "Belarus", "title only (the foreign minister); threat of further steps"))
U(d, "The interior minister said the Border Guard had recorded some 17,000 attempts", "since January.",
  ("Poland", N, neu, "", "figures"))
U(d, "A spokesman for the district prosecutor's office in Warsaw, Piotr Skiba, said", "carried out on Friday.",
  ("Poland", N, neu, "", "prosecutor = state agency; procedure"))
U(d, "The president said on Friday that those who organised the pressure on the border", "the entire European Union.",
  ("Poland", C, neg, "", "call for EU sanctions on the organisers (Belarus is implied, not named -> target empty)"))
# "The case has also reopened a bitter domestic row ..." = narration, no row.
U(d, "Law and Justice, the main opposition party, said the government had left troops", "hanging over them.",
  ("Law and Justice", C, neg, "Poland", "party (parties.csv) judges its own government"))
U(d, "The deputy defence minister rejected the charge", "within weeks.",
  ("Poland", N, neg, "", "denial + plan = neutral"))
# "Belarus responded on Friday." = narration introducing the next sentence, no position in it.
U(d, "The Belarusian State Border Committee said in a statement that it was prepared", "any link to the attack.",
  ("Belarus", T, neg, "", "offer of an own or joint investigation (conditional offer of cooperation) + denial; no judgement (unsure: could be neutral)"))
U(d, "A Belarusian foreign ministry spokesman, quoted by the state news agency Belta", "European elections.",
  ("Belarus", C, neg, "Poland", "unnamed official of a named government; the agency is not an actor; dismisses the accusations as manipulation = judgement"))
U(d, "In Vilnius, President Gitanas Nausėda sent condolences", "the shared eastern frontier.",
  ("Lithuania", S, pos, "Poland", "condolences + solidarity"))
U(d, "The European Commission offered its sympathies and said the bloc's external border", "used migrants as a weapon.",
  ("European Union", C, neg, "Belarus", "sympathy joined to a judgement of 'a regime that used migrants as a weapon': rule 1"))
U(d, "The US ambassador, Mark Brzezinski, said the United States mourned with Poland.", "mourned with Poland.",
  ("United States", S, pos, "Poland", "condolences to another state = solidarity"))
U(d, "A NATO spokesperson said the alliance's thoughts were with the soldier's family", "solidarity with Poland.",
  ("NATO", S, pos, "Poland", "condolences + solidarity"))
U(d, "Estonian Foreign Minister Margus Tsahkna wrote that Minsk and Moscow would pay", "Europe's borders.",
  ("Estonia", C, neg, "", "threat of a price aimed at two actors (Belarus and Russia) -> target empty"))
U(d, "In Dubicze Cerkiewne, a village of a few hundred people", "almost every night.",
  ("Jan Iwaniuk", N, neu, "", "invented resident (witness); facts"))
U(d, "\"We are not afraid of the people who come, we are afraid of what Minsk is doing with them,\" Iwaniuk said.", "Iwaniuk said.",
  ("Jan Iwaniuk", C, neg, "Belarus", "judgement of Minsk without a stock word"))
U(d, "Katarzyna Wolańska, a security analyst at the Warsaw Centre for Border Studies", "kept organising the crossings.",
  ("Katarzyna Wolańska", C, neg, "Belarus", "invented analyst; reported clause attributes the crossings to Belarus = accusation"))
U(d, "She urged the government to keep access open for humanitarian workers", "a place without witnesses.",
  ("Katarzyna Wolańska", T, neu, "Poland", "appeal for humanitarian access, no judgement"))
U(d, "Sitek's funeral will be held on Wednesday", "the army said.",
  ("Poland", N, neu, "", "the army speaks for its state; plan"))

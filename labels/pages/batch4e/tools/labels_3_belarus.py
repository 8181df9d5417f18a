# ------------------------------------------------------------------ Belarus: Ryanair FR4978 forced down (live blog, full HTML, 2021-05-24)
d = "page_belarus_ryanair_liveblog.html"
U(d, "In a statement released by the White House, President Joe Biden called", "held to account.",
  ("United States", C, neg, "Belarus", "'shameless assault' + accountability threat"))
U(d, "He said he welcomed the decision of EU leaders to bar Belarusian airlines", "further sanctions.",
  ("United States", S, pos, "European Union", "'He' = Biden; welcome of the EU's step (aimed at the EU, not at Belarus)"))
U(d, "Commission President Ursula von der Leyen told the same news conference", "the airspace ban.",
  ("European Union", C, neg, "Belarus", "'the regime' = Belarus by context; threat ('would carry a price', more to come)"))
U(d, "She also reminded Belarusians that a €3 billion economic package", "became democratic.",
  ("European Union", S, pos, "", "aid offered to a future democratic Belarus, not to its government -> target empty; unsure"))
U(d, "Leaders agreed to close EU airspace and airports to Belarusian airlines", "session of the summit.",
  ("European Union", C, neg, "Belarus", "sanctions announced; attribution tail with the speaker (Michel) after the position"))
U(d, "\"Nobody can hijack a civilian airliner between two of our capitals", "Michel said.",
  ("European Union", C, neg, "Belarus", "multi-sentence quote closed by its speaker; 'hijack' + 'will not go unanswered' (threat); Belarus implicit from the entry"))
U(d, "Belarus's foreign ministry spokesman, Anatoly Glaz, said accusations", "warned of a threat.",
  ("Belarus", N, neg, "", "denial of the accusations = neutral, negative"))
U(d, "He described the reaction of EU states as belligerent", "rather than facts.",
  ("Belarus", C, neg, "European Union", "'He' = Glaz; 'belligerent' judgement on the EU states' reaction (EU as the bloc)"))
U(d, "A senior aviation official at the Belarusian transport ministry, Artyom Sikorsky", "bomb on board.",
  ("Belarus", N, neu, "", "ministry official reads the alleged threat: facts as the state presents them"))
U(d, "A Hamas spokesman in Gaza said the group had nothing to do with the email", "of the flight.",
  ("Hamas", N, neg, "", "unnamed spokesman of a named group speaks for it; denial"))
U(d, "Earlier, Alexander Lukashenko's press service said the president had personally ordered", "bomb threat.",
  ("Belarus", N, neu, "", "possessive before the speaker ('Lukashenko's press service'); own act reported as a response to a threat, no judgement"))
U(d, "In a half-minute video posted by a pro-government Telegram channel, Protasevich said", "with investigators.",
  ("Roman Protasevich", N, neu, "", "detained journalist under his own name (not an opposition body here); statement made in custody; the channel is not an actor"))
U(d, "Opposition leader Sviatlana Tsikhanouskaya, speaking from Vilnius, said the video", "Protasevich and Sapega.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "'recorded under pressure' = accusation + demand for release (rule 1); Vilnius = place"))
U(d, "She thanked EU leaders for what she called a fast and united response.", "united response.",
  ("Sviatlana Tsikhanouskaya", S, pos, "European Union", "gratitude/praise = supporting"))
U(d, "Kremlin spokesman Dmitry Peskov declined to give an assessment", "what had happened.",
  ("Russia", N, neu, "", "declining to assess, no appeal = neutral"))
U(d, "He added that Moscow hoped the affair would not be used as a pretext", "in the region.",
  ("Russia", T, neu, "", "'He' = Peskov; hope that tensions do not rise, addressed to no one = calling_for_talks ('opposes any escalation' aimed at no one); unsure, 'pretext' hints at a judgement of the West"))
U(d, "Foreign ministry spokeswoman Maria Zakharova said she was astonished that Western capitals", "Evo Morales.",
  ("Russia", C, neg, "", "mockery of Western double standards = judgement aimed at 'Western capitals' (non-canonical group) -> target empty; Austria and Morales only mentioned"))
U(d, "Leonid Slutsky, who chairs the foreign affairs committee", "stood by its ally.",
  ("Russia", S, pos, "Belarus", "Duma committee chair -> Russia (like a US senator -> US); backing Minsk (metonym)"))
U(d, "The International Civil Aviation Organization said on Twitter that it was strongly concerned", "states involved.",
  ("International Civil Aviation Organization", N, neg, "", "concern without an appeal = neutral, negative; fact-finding"))
U(d, "The Montreal-based agency said its 36-member council would take up the matter", "on Thursday.",
  ("International Civil Aviation Organization", N, neu, "", "'The Montreal-based agency' = ICAO by context; meeting date = procedure"))
U(d, "From Tuesday, no flights to or from Lithuanian airports will be allowed", "emergency government meeting.",
  ("Lithuania", C, neg, "Belarus", "measure taken in response (airspace avoidance) = condemning; the position comes before the speaker"))
U(d, "President Gitanas Nausėda said Belarus had taken an entire planeload", "airspace unsafe.",
  ("Lithuania", C, neg, "Belarus", "president with no state word (Lithuania from the entry); 'hostage' accusation + call for measures"))
U(d, "Ireland's foreign minister, Simon Coveney, told national radio", "carried out by a state.",
  ("Ireland", C, neg, "Belarus", "'piracy carried out by a state' judgement"))
U(d, "Taoiseach Micheál Martin said the EU's answer had to have real teeth", "hurt the regime.",
  ("Ireland", C, neg, "Belarus", "call for sanctions = condemning (labels/README); 'the regime' = Belarus"))
U(d, "Ryanair chief executive Michael O'Leary told Irish radio he believed", "had been planned.",
  ("Ryanair", C, neg, "Belarus", "the airline's CEO speaks for the company; allegation that the diversion was planned = accusation; the unnamed passenger that follows is not a statement"))
U(d, "Britain's transport secretary, Grant Shapps, said he had told UK airlines", "in the country.",
  ("United Kingdom", C, neg, "Belarus", "measures taken against Belarus's carrier = condemning"))
U(d, "NATO Secretary-General Jens Stoltenberg said the alliance's ambassadors would discuss", "international investigation.",
  ("NATO", C, neg, "Belarus", "'serious and dangerous incident' + demand for investigation; judgement outranks"))

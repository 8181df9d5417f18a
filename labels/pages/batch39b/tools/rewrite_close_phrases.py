"""One-off: replace first-draft sentences that came too close to real coverage (see README), in the pages and in the rows files."""
import glob
R = [
 # Eritrea
 ("Information Minister Yemane Gebremeskel described the event on Twitter as a brief gathering by students of a single school that police had broken up without anyone being hurt.",
  "Information Minister Yemane Gebremeskel said on Twitter that reports of unrest were wildly exaggerated and that calm had returned to the city within the hour."),
 ("The U.S. embassy in Asmara told American citizens on Tuesday that it had received reports of shooting at several places in the capital and advised them to stay away from the downtown area.",
  "The U.S. embassy in Asmara sent a security alert to American citizens on Tuesday evening, warning of shooting in the capital and telling them to avoid Harnet Avenue and the surrounding streets until further notice."),
 # Mozambique
 ("had been killed in the early hours of the morning in an exchange of fire with a patrol of the Defence and Security Forces (FDS) in the bush",
  "had been shot dead in the early hours of the morning during a clash with a patrol of the Defence and Security Forces (FDS) in the bush"),
 ("the General Commander said that it had been the Junta gunmen who opened fire on the patrol, and that in the clash which followed Nhongo",
  "the General Commander said that the patrol had come under fire first and had responded, and that in the clash which followed Nhongo"),
 ("Rafael stressed that this was not the outcome the Mozambican State had sought, since the intention of the forces throughout the operation had been to capture the Junta leader alive and bring him before the courts to answer for the murders of civilians and the ambushes of vehicles on the National Highway Number One (EN1) and the National Highway Number Six (EN6) in Sofala and Manica provinces.",
  "Rafael said the dead Junta leader had been wanted by the courts for the murders of civilians and the ambushes of vehicles on the National Highway Number One (EN1) and the National Highway Number Six (EN6) in Sofala and Manica provinces, attacks which he said had turned every journey in the centre of the country into a gamble with death."),
 ("The General Commander added that the competent authorities were taking the steps needed to recover the bodies and to hand them over to the families, in keeping with tradition.",
  "The General Commander added that the families would be contacted so that the funerals could take place according to local custom."),
 # South Sudan
 ("But the security service put out a statement describing the men who seized the armoury as criminals who had overpowered the guards and hidden behind other detainees.",
  "But the security service put out a statement describing the inmates who seized the armoury as dangerous men facing serious charges who had put the lives of other prisoners at risk."),
 ("The police spokesman in Juba said there were only about 60 people held in the building, not the hundreds reported on social media.",
  "The police spokesman in Juba put the number of people held in the building at around 60 and said reports of several hundred were false."),
 # Kenya
 ("The two were escorted by the High Commissioner, H.E. Joash Maangi, and by officials of the Government of Uganda to the Busia border, where they were received by the Busia County Commissioner.",
  "Ugandan officials accompanied them, together with High Commissioner H.E. Joash Maangi, as far as the Busia crossing, and the Busia County Commissioner took charge of them on the Kenyan side."),
 ("\"We thank the Government of Uganda for the cooperation it extended in bringing this matter to a close, and our mission in Kampala for the way it handled a very difficult case,\" Mudavadi said.",
  "\"Kampala listened, and in the end it acted. We are grateful to President Museveni's government for that, and proud of the officers at our mission who never let this case drop,\" Mudavadi said."),
 ("said the Ministry would meet the two men and their families in Nairobi and would publish a fuller account of the case once they had been debriefed and examined by doctors.",
  "said officials would sit down with the two men and their families in Nairobi, and that the Ministry would decide on any further steps once it had heard their full account and they had received medical care."),
 ("The Ministry reminds Kenyans who live in or travel to other countries to register with the nearest Kenyan mission and to observe the laws of their host countries, including those that govern political activity by foreign nationals.",
  "The Ministry advises Kenyans who plan to take part in public events abroad to acquaint themselves with the laws of the host country, including those on political activity by foreign nationals, and to keep the nearest Kenyan mission informed of their travel."),
 # Mauritius
 ("Social media is back in #Mauritius. Thank you to everyone who spoke up, here and abroad. Now we ask the authorities to keep every network open through election day and through the count.",
  "Platforms are reachable again in #Mauritius after 24 hours in the dark. Thank you to everyone who spoke up, here and abroad. No more shutdowns before, during or after the 10 November vote."),
 ("\"Our lawyers are already working on it. We will go to court if we have to, and we will go to the people on the tenth of November,\" Bérenger said.",
  "\"We are not going to sit and wait for someone to hand back our rights. If this is not reversed, the judges will hear from us, and on the tenth of November the government will hear from the voters,\" Bérenger said."),
 ("and he asked the Electoral Supervisory Commission to step in to protect a fair contest.",
  "and he said the alliance's agents would be at every counting centre to make sure the result reflected the vote."),
 # Malawi
 ("If the State does not act within 10 days, Malawians will decide for themselves what pressure is needed,\" Trapence said.",
  "Ten days is more than enough time to make arrests. After that, we will be on the streets,\" Trapence said."),
 ("National police spokesperson James Kadadzera said the police would respond to the findings once the report had been formally delivered to the Inspector General, and he asked the public not to pass judgement on officers who had not yet been heard.",
  "National police spokesperson James Kadadzera said the police would respond to the findings once the report had been formally delivered to the Inspector General, and he asked the public not to pass judgement on officers who had not yet been heard."),
]
files = glob.glob("/work/batch39b/page_*") + glob.glob("/work/batch39b/tools/rows_*.py")
for old, new in R:
    hits = 0
    for f in files:
        s = open(f, encoding="utf-8").read()
        if f.endswith(".py"):
            o2, n2 = old.replace('"', '\\"'), new.replace('"', '\\"')
        else:
            o2, n2 = old, new
        if o2 in s:
            s = s.replace(o2, n2); hits += 1
            open(f, "w", encoding="utf-8").write(s)
    print(hits, old[:60])

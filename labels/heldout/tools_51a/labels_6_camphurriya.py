# Hand labels, page 6 (Middle East, UN noon briefing): rocket attack on Camp Hurriya (Liberty), Baghdad (30 Oct 2015)
DOC = "page_iraq_camphurriya_rockets2015_noonbriefing.txt"
UN = "United Nations"
IQ = "Iraq"
PMOI = "People's Mojahedin Organization of Iran"
C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"

KUB = "The Special Representative, Ján Kubiš, has been in touch with the authorities since last night, and they have told him that an investigation has been opened."

ROWS = [
    ("The Secretary-General condemns the rocket attack carried out last night on Camp Hurriya, near Baghdad International Airport, which killed at least 23 residents of the camp and wounded many others.",
     UN, C, "negative", "", "condemnation; attackers not named -> target empty"),
    ("He is also aware of reports that members of the Iraqi security forces deployed near the camp were among the casualties.",
     UN, N, "neutral", "", "'he' = the Secretary-General; casualty report"),
    ("The Secretary-General asks the Government of Iraq to establish without delay who was behind the attack and to see to it that those responsible are brought before the courts.",
     UN, T, "neutral", IQ, "appeal for an inquiry and prosecution addressed to Iraq, no judgement of Iraq"),
    ("He recalls that it falls to the Iraqi authorities to keep the people in the camp safe.",
     UN, T, "neutral", IQ, "reminder of the duty to protect the residents = appeal for protection of civilians (unsure: could be neutral)"),
    ("The Secretary-General reiterates that the United Nations will keep working for a humanitarian solution for the residents of Camp Hurriya, and he appeals to Member States to offer places so that the residents can be moved out of Iraq, which remains the only way to keep them safe over the long term.",
     UN, T, "neutral", "", "appeal for humanitarian help (places for relocation) to all Member States"),
    ("In Baghdad, the UN Assistance Mission for Iraq (UNAMI) tells us that its human rights officers visited the camp this morning and that the wounded have been taken to hospitals in the city.",
     UN, N, "neutral", "", "UNAMI = United Nations; facts"),
    ("The Mission adds that power in much of the camp was cut by the attack and that fires damaged a large number of the trailers in which the residents live.",
     UN, N, "neutral", "", "damage report, no blame"),
    ("The UN High Commissioner for Refugees, António Guterres, also condemned the attack in a statement issued in Geneva, calling it an assault on people who have already waited years for a safe place to go.",
     "UNHCR", C, "negative", "", "High Commissioner for Refugees in 2015 = UNHCR (canonical, alias 'High Commissioner for Refugees'); condemnation"),
    ("UNHCR says it will press ahead with its work to find resettlement places abroad for all the remaining residents.",
     "UNHCR", S, "positive", "", "continued resettlement help for the residents (refugees, not an actor) = assistance -> supporting, target empty"),
    ("Turning to Syria, the Special Envoy, Staffan de Mistura, is in Vienna today taking part in the meeting on Syria attended by foreign ministers from the region and beyond, including, for the first time, Iran.",
     UN, N, "neutral", "", "the envoy's schedule given by the spokesman (as a minister's schedule in earlier pages); Iran's attendance is a meeting listed in narrative, no row (labels/README)"),
    ("The Secretary-General hopes that the meeting will give real momentum to a political process that ends the fighting and allows Syrians to decide their own future.",
     UN, T, "positive", "", "hope for a political process and an end to fighting"),
    ("The Special Envoy is expected to brief the Secretary-General on the outcome over the weekend.",
     UN, N, "neutral", "", "schedule"),
    ("A group called Jaish al-Mukhtar, through its leader Wathiq al-Battat, told Iranian media it fired the rockets, and it warned that there would be more attacks if the residents do not leave Iraq.",
     "Jaish al-Mukhtar", C, "negative", PMOI, "inside a journalist's question: the group's own claim and threat = its statement (labels/README, press conferences); threat of more attacks against the camp's residents (PMOI members) = condemning"),
    ("I am not in a position to confirm any claim of responsibility; that is precisely what we want the Iraqi investigation to establish.",
     UN, T, "neutral", IQ, "declines to confirm + wish for the Iraqi inquiry to establish responsibility = appeal for an inquiry (unsure: could be neutral)"),
    ("The Baghdad Operations Command says the rockets were fired from the Bakriya area, and that police found the truck that was used as a launcher.",
     IQ, N, "neutral", "", "inside a question; Iraqi military command = Iraq; facts"),
    ("The National Council of Resistance of Iran says the attack was carried out with the complicity of the Iranian regime and of people inside the Iraqi security apparatus, and it is asking the UN and the United States to guarantee the protection of the camp.",
     "National Council of Resistance of Iran", C, "negative", "", "inside a question; accusation against Iran and Iraqi insiders + request for protection: rule 1; two accused -> target empty"),
    ("We are not going to point fingers before there is an investigation.",
     UN, N, "neutral", "", "declines to attribute"),
    ("What is clear is that the Government of Iraq has the responsibility to protect the residents, and we expect it to take every measure to prevent a repeat of last night.",
     UN, T, "neutral", IQ, "appeal to Iraq to protect the residents, no judgement"),
    ("The other thing that is clear is that these people will only be safe once they are out of Iraq, and for that we need more countries to come forward.",
     UN, T, "neutral", "", "appeal for places for the residents, to countries in general"),
    ("Shahriar Kia, a spokesman for the residents, says around 80 rockets landed inside the camp, and that more than a hundred people were hurt.",
     PMOI, N, "neutral", "", "inside a question; the residents' spokesman = PMOI (new actor); figures"),
    ("The figure we have is at least 23 dead.", UN, N, "neutral", "", "casualty figure"),
    ("The number of injured is still being established, and I would not want to put a number on it yet.", UN, N, "neutral", "", "procedure"),
    ("Secretary of State Kerry condemned the attack last night and said Washington would keep helping UNHCR to move the residents to a permanent home outside Iraq.",
     "United States", C, "negative", "", "inside a question; condemnation + continued help: rule 1; attackers unnamed -> target empty"),
    ("Albania has already taken some of them.",
     "Albania", S, "positive", "", "specific act reported as done: taking in residents = assistance; residents are not an actor -> target empty"),
    ("Albania has received a significant number of residents, and we are grateful for its generosity.",
     UN, S, "positive", "Albania", "gratitude = praise of Albania"),
    ("UNHCR is in contact with a number of other Governments, but I will not announce anything on their behalf.",
     "UNHCR", N, "neutral", "", "UNHCR's contacts reported by the spokesman = UNHCR's position (the guide's reported-position rule); procedure"),
    (KUB, UN, N, "neutral", "", "the Special Representative (UNAMI) = United Nations; contacts"),
    (KUB, IQ, N, "neutral", "", "'they' = the Iraqi authorities; investigation opened = fact about their own action"),
    ("I think the Secretary-General sees the meeting as an important step.",
     UN, T, "positive", "", "positive view of a talks format = calling_for_talks (welcome of talks, no judgement)"),
    ("Getting all the countries with influence on the parties into one room is something that has not happened before, and it is needed.",
     UN, T, "positive", "", "endorsement of talks among the outside powers"),
    ("But at the end of the day it is the Syrians themselves who will have to sit down together and negotiate, and the United Nations will be there to help them do that.",
     UN, T, "positive", "", "appeal for Syrian negotiations + offer of UN facilitation"),
]
# No row: the questions themselves ("Does the UN have any information ...", "Is that consistent ...", "Your response?",
# "Are other countries ready ...", "Has the Iraqi Government said anything ...", "Does the Secretary-General think ...");
# "Question: Stéphane, on Camp Liberty." / "Follow-up." ; "I have seen those reports." and "I do not have any details ...",
# "I would refer you to the Iraqi authorities for that." (no position); "On Vienna, the Syrian Government and the opposition are not
# at the table." (journalist's narration); greetings, headings, furniture.

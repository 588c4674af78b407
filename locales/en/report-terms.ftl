# "Understand a report": what the words in a social worker's report, the minutes, a plan or a
# letter mean. One explanation per term (rt-<id>), with its source above it, and for words that
# judge parents a question the parent could ask (rt-<id>-question). Plain English, reading age
# about 9 to 11. Every sentence is ours; the sources are for checking the facts.
# The ids are the catalogue's (src/core/report_terms/catalogue.rs): never rename one.

## The page (its interface; the terms follow)

rp-intro = Paste or type words from a report, the minutes, a plan or a letter. Every word we know is marked. Tap a marked word to see what it means.
rp-private = Your text stays on this phone. It is not sent anywhere. It is gone when you leave this page, unless you keep it.
rp-text-label = Text from your report
rp-open-file = Or open a text file (.txt)
rp-file-wrong = That file could not be read as text. Copy the words from it and paste them here instead.
rp-keep = Keep this report on my phone
rp-keep-hint = Kept like your other notes: locked with your passcode if you set one, and deleted with Delete all.
rp-clear = Clear the text
rp-summary = { $count ->
    [0] No words from our list were found yet.
    [one] We found 1 word you may want explained.
   *[other] We found { $count } words you may want explained.
}
rp-marked-heading = Your text, with the words marked
rp-list-heading = The words in your text
rp-explain-close = Close
# Starts a point of the reply to a report (the letters page) with the sentence around the term.
rp-reply = Reply to this sentence in a letter
rp-replied = The sentence is in your reply to the report.
rp-open-reply = Open the reply
rp-source-note = Where this comes from: English and Welsh law and guidance. Check anything important with a solicitor or advocate.
rp-ask = A question you could ask
rp-add-question = Add to My questions
rp-question-added = Added to My questions.
rp-see-glossary = More in the glossary
rp-nothing-yet = Nothing to explain yet. Paste some text above.

rt-group-law = The law and the process
rt-group-people = The people
rt-group-health-school = Health and school
rt-group-about-parents = Words professionals use about parents

## The law and the process

# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures s3 pt2
rt-child-protection-conference = A meeting about your child's safety. Children's services call it when they are seriously worried your child is being harmed, or may be harmed. You are invited. It is not a court.
# source: Working Together to Safeguard Children 2023 ch. 4 (within 15 working days of the strategy discussion); Wales Safeguarding Procedures s3 pt2
rt-icpc = ICPC means initial child protection conference. It is the first conference about your child. It decides if your child needs a child protection plan. It is usually held within 15 working days of the strategy discussion.
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt, 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 ch. 4
rt-review-conference = RCPC means review child protection conference. It checks how the plan is working and if it is still needed. The first is within 3 months of the first conference. Then at least every 6 months.
# source: Family Rights Group glossary; Wales Safeguarding Procedures s3 pt2 (pre-birth conference)
rt-pre-birth-conference = A child protection conference held before a baby is born. It decides if the baby will need a plan from birth.
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 ch. 4
rt-child-protection-plan = CPP means child protection plan. It is the plan made to keep a child safe. It says what needs to change, who will do what, and by when. It does not take away your parental responsibility.
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (outline plan at the conference, detailed plan by the core group)
rt-outline-plan = The first, short plan made at the conference. The core group then turns it into a full, detailed plan.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures (common abbreviation)
rt-cp = CP is short for child protection: the work to keep a child safe from serious harm.
# source: Children Act 1989 s17(10); Social Services and Well-being (Wales) Act 2014 Part 3 (Wales speaks of care and support needs)
rt-child-in-need = { $nation ->
        [wales] CIN means child in need: a child who needs extra help to be healthy and to develop well, or who is disabled. The law in Wales now calls this a child with care and support needs.
       *[england] CIN means child in need: a child who needs extra help from the council to be healthy and to develop well, or who is disabled. It comes from section 17 of the Children Act 1989.
    }
# source: Children Act 1989 s17; Working Together to Safeguard Children 2023 ch. 3; 002_d34d1fa72bfe9724.txt
rt-child-in-need-plan = { $nation ->
        [wales] A plan for help and support for a child and family, used in England. In Wales the plan is called a care and support plan.
       *[england] A plan for help and support for a child and family. It is used when there is no child protection plan, or after one ends. You agree to it: it is not forced on you.
    }
# source: Social Services and Well-being (Wales) Act 2014 s54; 002_d34d1fa72bfe9724.txt
rt-care-and-support-plan = In Wales, a plan for help and support for a child and family. It is used when there is no care and support protection plan.
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures s3 pt2
rt-care-and-support-protection-plan = In Wales, the plan made at a child protection conference to keep a child safe. The child's name goes on the child protection register while it lasts.
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (content review L12)
rt-child-protection-register = In Wales, a private list of children who have a care and support protection plan. Only professionals can check it. It is not a criminal record.
# source: Working Together to Safeguard Children 2023 (categories of abuse); Wales Safeguarding Procedures (adds financial abuse)
rt-category-of-harm = { $nation ->
        [wales] The main kind of harm the conference is worried about: physical, sexual, emotional or psychological abuse, neglect, or financial abuse.
       *[england] The main kind of harm the conference is worried about: physical abuse, sexual abuse, emotional abuse or neglect.
    }
# source: Working Together to Safeguard Children 2023 (definition of physical abuse)
rt-physical-abuse = Hurting a child's body on purpose, for example hitting, shaking, burning or poisoning. It also covers making a child ill on purpose.
# source: Working Together to Safeguard Children 2023 (definition of emotional abuse); Wales Safeguarding Procedures ("emotional or psychological abuse")
rt-emotional-abuse = Treating a child in a way that badly hurts their feelings and development, again and again. For example making them feel worthless or scared, or letting them see or hear domestic abuse.
# source: Working Together to Safeguard Children 2023 (definition of sexual abuse)
rt-sexual-abuse = Making or letting a child take part in sexual acts, or showing them sexual things. It can happen online too.
# source: Working Together to Safeguard Children 2023 (definition of neglect)
rt-neglect = Not meeting a child's basic needs again and again, so their health or development is badly harmed. For example not enough food, warmth, safety, medical care or supervision.
# source: Wales Safeguarding Procedures (categories of abuse and neglect in Wales)
rt-financial-abuse = In Wales, a kind of harm a plan can name. It means taking or misusing a child's money or things, or not meeting their needs with money meant for them.
# source: Children Act 1989 s31(9)-(10) and s47; 001_ae30d34ab232a286.txt
rt-significant-harm = Harm that is serious enough to affect a child's health or development. It is what a child protection conference is worried about.
# source: Children Act 1989 s47; Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures ("a47 enquiries")
rt-section-47-enquiries = Checks children's services must make when they think a child may be at risk of significant harm. The name comes from section 47 of the Children Act 1989. The social worker talks to you, your child and other people.
# source: Children Act 1989 s17
rt-section-17 = Section 17 of the Children Act 1989. It lets the council give help and services to a child in need and their family. Help under section 17 is voluntary.
# source: Children Act 1989 s20(7)-(8); CONTENT-FACTS.md second round (content review)
rt-section-20 = Section 20 of the Children Act 1989. Your child stays somewhere else, such as with foster carers, because you agree. It is not a court order. A parent with parental responsibility can end it and take the child home. Get advice from a solicitor first.
# source: Social Services and Well-being (Wales) Act 2014 s76; cyfraith.llyw.cymru "Diogelu"
rt-section-76 = In Wales, section 76 of the Social Services and Well-being (Wales) Act 2014. Your child stays somewhere else, such as with foster carers, because you agree. It is not a court order, and you can end it. Get advice from a solicitor first.
# source: Children Act 1989 s31
rt-section-31 = Section 31 of the Children Act 1989. It is the part of the law that lets a court make a care order or a supervision order.
# source: Children Act 1989 s31(2); Practice Direction 12A (threshold document)
rt-threshold = The level of worry that must be reached before something can happen. Before a court can make a care order, it must find that the child is suffering significant harm, or is likely to. The harm must come from the care the child gets. A threshold document lists the facts the council says show this.
# source: Working Together to Safeguard Children 2023 ch. 4; Wales Safeguarding Procedures
rt-strategy-discussion = A talk between children's services, the police, health and others about the worries for a child. It decides if section 47 enquiries are needed. It is held before a conference.
# source: Working Together to Safeguard Children 2023 ch. 3 (assessment within 45 working days); 004_cdfde2f55ea0fb42.txt (Wales: 42 working days from the start of section 47 enquiries)
rt-assessment = { $nation ->
        [wales] When a social worker finds out about your child's needs and your family. They talk to you, your child and others, then write down what they found. When a child has a plan, it should be done within 42 working days of the start of the enquiries.
       *[england] When a social worker finds out about your child's needs and your family. They talk to you, your child and others, then write down what they found. It should be done within 45 working days.
    }
# source: 004_cdfde2f55ea0fb42.txt; Wales Safeguarding Procedures
rt-contingency-plan = A plan for what will happen if the main plan is not working, or if something goes wrong.
# source: 000_1e1dbaff73eac1a8.txt, 004_cdfde2f55ea0fb42.txt (first meeting within 10 working days)
rt-core-group = A small group of professionals and family members who put the plan into action. You are usually a member. It first meets within 10 working days of the conference.
# source: Family Rights Group (family group conferences); 000_1e1dbaff73eac1a8.txt
rt-family-group-conference = FGC means family group conference. Your family and friends meet to make their own plan to keep your child safe. You can ask children's services for one.
# source: 002_d34d1fa72bfe9724.txt; 000_1e1dbaff73eac1a8.txt
rt-legal-planning-meeting = A meeting where children's services get legal advice about whether to go to court. Parents are not at this meeting. It may lead to a letter before proceedings.
# source: 002_d34d1fa72bfe9724.txt; Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5 (content review M1)
rt-letter-before-proceedings = LBP means letter before proceedings. It says children's services are thinking about going to court, and what you can do to avoid it. Take it to a children law solicitor at once. Legal advice is free at this stage, whatever your income.
# source: 002_d34d1fa72bfe9724.txt
rt-letter-of-issue = A letter from children's services saying they are going to court. Take it to a children law solicitor at once.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
rt-plo = PLO means Public Law Outline. These are the rules councils follow before and during court cases about children. The pre-proceedings stage starts with a letter before proceedings. It is a chance to make changes and avoid court.
# source: Practice Direction 12A; Department for Education, Court orders and pre-proceedings (2014)
rt-pre-proceedings-meeting = A meeting after a letter before proceedings. You go with your solicitor. The council says what must change, and you can say what help you need.
# source: 003_23392368096e3b46.txt; Wales Safeguarding Procedures (corrections within 10 working days)
rt-minutes = The written notes of a meeting. You should get a copy. If something in them is wrong, tell the chair.
# source: Children Act 1989 ss2-3; council guidance (a plan does not remove it)
rt-parental-responsibility = PR means parental responsibility: the rights and duties a parent has for their child. A child protection plan does not take it away.
# source: Working Together to Safeguard Children 2023 (timescales in working days); Wales Safeguarding Procedures
rt-working-day = Monday to Friday, not counting bank holidays.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013 reg 5; Family Rights Group (content review M1)
rt-legal-aid = Help from the government to pay for a solicitor. At first it depends on your income. Once you get a letter before proceedings, it is free whatever your income. It is free for a court case too.
# source: Local Government and Social Care Ombudsman and Public Services Ombudsman for Wales fact sheets
rt-ombudsman = An independent service that looks at complaints about councils, after the council's own complaints process. It looks at how the council acted. It cannot change a conference's decision.
# source: 003_23392368096e3b46.txt; Children Act 2004 s18 (director of children's services)
rt-childrens-services = The part of your council that works with children and families. It is also called children's social care (CSC) or social services.
# source: Children Act 1989 s105 (local authority); Social Services and Well-being (Wales) Act 2014 s197
rt-local-authority = LA means local authority: your council.
# source: Children Act 1989 (legislation.gov.uk)
rt-children-act-1989 = The main law about children in England and Wales. It sets out parental responsibility, help for families, and when courts can make orders.
# source: Social Services and Well-being (Wales) Act 2014 (legislation.gov.uk); cyfraith.llyw.cymru "Diogelu"
rt-sswba = The law in Wales about help and support from social services, and about keeping children and adults safe. It is often called the 2014 Act.
# source: Working Together to Safeguard Children 2023 (statutory guidance, GOV.UK)
rt-working-together = The government's guidance for professionals in England on keeping children safe. The latest version is from 2023. It sets out how child protection should work.
# source: Wales Safeguarding Procedures 2019 (safeguarding.wales), which replaced the All Wales Child Protection Procedures 2008
rt-wales-safeguarding-procedures = The rules professionals in Wales follow to keep children and adults safe. They replaced the older All Wales Child Protection Procedures in 2019.
# source: Children Act 1989 ss44-45 (up to 8 days, can be extended by up to 7)
rt-epo = EPO means emergency protection order. A court can make one when a child is in danger right now. It can last up to 8 days, and can be made longer by up to 7 days. Get a solicitor at once.
# source: Children Act 1989 s46 (up to 72 hours)
rt-police-protection = The police can take a child somewhere safe, or keep them there, if they think the child would otherwise be badly harmed. It can last up to 72 hours. It is not a court order.
# source: Children Act 1989 s38
rt-ico = ICO means interim care order: a short-term care order made by a court while a case goes on. The council shares parental responsibility for your child. Legal aid for parents is free in court.
# source: Children Act 1989 ss31, 33
rt-care-order = A court order that gives the council parental responsibility for a child. The council shares it with the parents and can limit how they use it. It lasts until the child is 18 unless a court ends it.
# source: Children Act 1989 s35 and Sch. 3 (up to 1 year, can be extended up to 3 years)
rt-supervision-order = A court order that puts a child under a social worker's supervision. The child usually lives at home. It lasts up to 1 year and can be made longer.
# source: Children Act 1989 ss14A-14C
rt-sgo = SGO means special guardianship order. A court makes someone, often a relative, the child's special guardian until the child is 18. The special guardian makes most day-to-day decisions. The parents keep parental responsibility, but with less say.
# source: Children Act 1989 s8
rt-child-arrangements-order = CAO means child arrangements order. A court order that says who a child lives with, and when they spend time with other people.
# source: Children Act 1989 s31 and s32 (26 weeks); Civil Legal Aid regulations (free for parents)
rt-care-proceedings = A court case where the council asks a court for a care order or a supervision order. It should finish within 26 weeks. Parents get free legal aid. Get a children law solicitor at once.
# source: Adoption and Children Act 2002 s21
rt-placement-order = A court order that lets the council place a child with people who may adopt them. If you hear this word, speak to your solicitor at once.
# source: Practice Direction 12A (Public Law Outline stages)
rt-irh = IRH means issues resolution hearing. A court hearing near the end of care proceedings. It sorts out what everyone agrees on, and what is still disputed.
# source: Practice Direction 12A (Public Law Outline stages)
rt-cmh = CMH means case management hearing. An early court hearing in care proceedings that plans the case: what reports are needed, and by when.
# source: Practice Direction 12A (Public Law Outline stages)
rt-final-hearing = The last court hearing in a case, where the judge or magistrates decide what orders to make.
# source: FDAC National Unit / Centre for Justice Innovation (Family Drug and Alcohol Court model)
rt-fdac = FDAC means Family Drug and Alcohol Court. In some areas, it is a different kind of care case for parents who use drugs or alcohol. The same judge sees you often, and a team helps you make changes.
# source: Children Act 1989 s31A (care plans in care proceedings)
rt-care-plan = In a court case, the council's plan for where the child will live and what care they will get. The court reads it before making a care order.
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (care planning); Family Rights Group
rt-parallel-planning = Making two plans at the same time: one for the child to go home, and one for another home in case that cannot happen. It is done so the child does not wait too long.
# source: Department for Education, Children Act 1989 guidance and regulations vol. 2 (permanence)
rt-permanence = A safe, stable home for the child for the rest of their childhood. It may be with their parents, relatives, foster carers, or through adoption.
# source: NSPCC Reunification Practice Framework
rt-reunification = A child going back home to live with their family after being looked after somewhere else.
# source: Children Act 1989 s22; Social Services and Well-being (Wales) Act 2014 s74
rt-looked-after-child = LAC or CLA means a looked after child, or child looked after: a child the council looks after, under a court order or with the parents' agreement. Most live with foster carers or relatives.
# source: Children Act 1989 s34 (contact with a child in care); Family Justice Young People's Board (the words "family time")
rt-family-time = Time a child spends with their parents or family when they do not live together. It is also called contact. Supervised means a professional is there.
# source: Family Rights Group (viability assessments of family and friends)
rt-viability-assessment = A first, quick check of whether a relative or friend could care for the child. A full assessment may follow.
# source: Children Act 1989 s38(6); Family Rights Group
rt-residential-assessment = A parent and child live for some weeks in a special placement. Staff there watch and help as the parent cares for the child.
# source: Home Office, Multi Agency Working and Information Sharing Project (2014)
rt-mash = MASH means multi-agency safeguarding hub. A team where children's services, police, health and others share information about new worries and decide what to do.
# source: Working Together to Safeguard Children 2023 ch. 3 (decision within one working day)
rt-referral = When someone tells children's services they are worried about a child. Children's services should decide what to do within one working day.
# source: Working Together to Safeguard Children 2023; Wales Safeguarding Procedures s3 pt2 (outcomes of enquiries)
rt-nfa = NFA means no further action. Children's services, or the police, have decided not to do anything more for now.
# source: SafeLives (MARAC guidance)
rt-marac = MARAC means multi-agency risk assessment conference. A meeting where police, health, children's services and others share information to protect someone at high risk of domestic abuse. The person at risk does not go, but an IDVA speaks for them.
# source: Criminal Justice Act 2003 s325; Ministry of Justice MAPPA guidance
rt-mappa = MAPPA means multi-agency public protection arrangements. Police, probation and prisons work together to manage people who have committed certain sexual or violent crimes.
# source: SafeLives (Dash risk identification checklist)
rt-dash = DASH is a list of questions about domestic abuse, stalking and harassment. The police and others use it to judge how much danger someone is in.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help)
rt-early-help = Support for a family as soon as problems start, before they get worse. It is voluntary. An early help assessment (EHA) looks at what help would work.
# source: Working Together to Safeguard Children 2023 ch. 2 (early help, lead practitioner)
rt-team-around-the-family = TAF or TAC means team around the family, or team around the child. The professionals who work with a family meet with the family to plan help together.
# source: Working Together to Safeguard Children 2023 (moving between child protection, child in need and early help)
rt-step-down = Moving a family to a lower level of help when worries reduce. For example from a child protection plan to a child in need plan, or to early help.
# source: Children and Social Work Act 2017; Working Together to Safeguard Children 2023 ch. 2
rt-safeguarding-partnership = In England, the council, the NHS and the police in an area work together to keep children safe. They are the safeguarding partners. LSCB is the older name for this.
# source: Social Services and Well-being (Wales) Act 2014 s134
rt-regional-safeguarding-board = In Wales, a board in each region that makes sure agencies work together to keep children safe.
# source: Working Together to Safeguard Children 2023 (definition of safeguarding)
rt-safeguarding = Everything done to protect children from harm and help them grow up safe and well.
# source: Working Together to Safeguard Children 2023
rt-multi-agency = Different services working together, such as children's services, health, schools and police.
# source: Working Together to Safeguard Children 2023; local child protection procedures
rt-professionals-meeting = A meeting of the professionals working with a family, without the family. Ask what was discussed and if there are notes.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; local procedures (visit frequency differs by area)
rt-statutory-visit = A visit the social worker must make by law or by the rules, for example to a child with a plan. The social worker will want to see your child, and often where they sleep.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (visits may be unannounced)
rt-unannounced-visit = A visit from the social worker without telling you first. It can happen while your child has a plan.
# source: Working Together to Safeguard Children 2023 (children seen alone during enquiries and assessments)
rt-seen-alone = The social worker talked with your child without you there. This is a normal part of the work. It helps the child speak freely.
# source: Working Together to Safeguard Children 2023 (outcomes of section 47 enquiries); Wales Safeguarding Procedures s3 pt2 (concerns substantiated or not)
rt-substantiated = Substantiated means the worries were checked and found to be true. Unsubstantiated means there was not enough evidence to show they were true.
# source: NSPCC Learning (recognising and responding to abuse: disclosures)
rt-disclosure = When a child tells someone about harm. It can also mean an adult telling professionals something about themselves.
# source: Ministry of Justice, Achieving Best Evidence in Criminal Proceedings (2022)
rt-abe-interview = ABE means achieving best evidence. A video-recorded interview with a child or witness by specially trained police or social workers, which can be used in court.
# source: Prosecution of Offences Act 1985; CPS (cps.gov.uk)
rt-cps = CPS means Crown Prosecution Service. It decides if someone should be charged with a crime and takes cases to criminal court.
# source: Police and Criminal Evidence Act 1984 Part IV (pre-charge bail); Bail Act 1976
rt-bail = When someone arrested is let go while the police or court case goes on. Bail conditions are rules they must follow, such as not going to an address.
# source: Policing and Crime Act 2017 (pre-charge bail reform); College of Policing
rt-rui = RUI means released under investigation. Someone was let go by the police without bail while a crime is still being looked into. There are no bail conditions.
# source: Family Law Act 1996 ss42-42A
rt-non-molestation-order = A court order that stops someone from using or threatening violence, or harassing or pestering a person. Breaking it is a crime.
# source: Family Law Act 1996 ss33-38
rt-occupation-order = A court order about who can live in a home. It can keep someone out of the home for a time.
# source: Crime and Security Act 2010 ss24-33; Domestic Abuse Act 2021 Part 3
rt-dvpo = DVPN and DVPO are a notice from the police and an order from a court. They keep a person away from the home of someone they have abused, for up to 28 days. A newer domestic abuse protection order (DAPO) is starting to replace them in some areas.
# source: Home Office, Domestic Violence Disclosure Scheme guidance
rt-clares-law = Clare's Law, the domestic violence disclosure scheme (DVDS), lets you ask the police if a partner has a past of abuse. The police can also tell you without being asked.
# source: Department for Education, Child sexual exploitation: definition and guide for practitioners (2017)
rt-cse = CSE means child sexual exploitation. Someone tricks, pressures or forces a child into sexual activity. They often give the child something in return, such as gifts, drugs or attention.
# source: Keeping Children Safe in Education 2024; Home Office county lines guidance
rt-cce = CCE means child criminal exploitation: when someone uses a child to commit crime, such as carrying drugs or money, often with threats or rewards.
# source: Home Office, Criminal exploitation of children and vulnerable adults: county lines guidance
rt-county-lines = Gangs that move drugs from cities to other towns, often using children to carry and sell them.
# source: Working Together to Safeguard Children 2023 ch. 3 (harm outside the home); Contextual Safeguarding Network (University of Durham)
rt-contextual-safeguarding = Keeping young people safe from harm outside the family. For example, harm from friends, in the area where they live, at school or online.
# source: Department for Education, Children who run away or go missing from home or care (2014)
rt-missing-episode = A time when a child was missing from home or care. After it, someone independent should offer the child a talk about what happened: a return home interview (RHI).
# source: Female Genital Mutilation Act 2003; NHS (female genital mutilation)
rt-fgm = FGM means female genital mutilation: cutting or changing a girl's genitals for no medical reason. It is a crime in the UK and causes lasting harm.
# source: Anti-social Behaviour, Crime and Policing Act 2014
rt-asb = ASB means anti-social behaviour: behaviour that causes other people harassment, alarm or distress, such as noise or threats.

## The people

# source: 003_23392368096e3b46.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-social-worker = SW means social worker. A trained professional from children's services who works with your child and family. Your child's named social worker leads the plan.
# source: 000_1e1dbaff73eac1a8.txt; 004_cdfde2f55ea0fb42.txt; Working Together to Safeguard Children 2023 (lead practitioner)
rt-lead-social-worker = The social worker in charge of your child's plan. They may also be called the key worker or the lead practitioner.
# source: local children's services structures (council guides for parents)
rt-team-manager = TM means team manager: the social worker's manager. You can ask to speak to them if you are unhappy.
# source: 001_ae30d34ab232a286.txt; Working Together to Safeguard Children 2023 (the chair is independent of the case) (content review L3)
rt-chair = The person who leads the conference. They are an experienced social worker who is not part of your child's case. You can talk to them before the meeting.
# source: Children Act 1989 ss25A-25C; IRO Handbook (2010)
rt-iro = IRO means independent reviewing officer. They check the care plan of a child the council looks after, and lead the child's reviews. They are not the child's social worker.
# source: Working Together to Safeguard Children 2023; Keeping Children Safe in Education 2024 Part 4
rt-lado = LADO means local authority designated officer. They deal with worries that someone who works with children, such as a teacher, may have harmed a child.
# source: Family Rights Group (parent advocacy); 003_23392368096e3b46.txt
rt-advocate = Someone who helps you say what you think and makes sure you are heard. An advocate is on your side and does not work for children's services.
# source: Children Act 1989 s41; Cafcass
rt-childrens-guardian = In a court case, an independent person who speaks up for the child's interests to the court. They choose a solicitor for the child.
# source: Criminal Justice and Court Services Act 2000 s12; Children Act 2004 s35 (Cafcass Cymru)
rt-cafcass = { $nation ->
        [wales] Cafcass looks after children's interests in family courts in England. In Wales the same work is done by Cafcass Cymru.
       *[england] Cafcass means Children and Family Court Advisory and Support Service. It looks after children's interests in family courts in England. A Cafcass worker can be a children's guardian.
    }
# source: Children Act 2004 s35; Welsh Government (Cafcass Cymru)
rt-cafcass-cymru = In Wales, the service that looks after children's interests in family courts. It is part of the Welsh Government.
# source: local children's services (family support); Working Together to Safeguard Children 2023 ch. 2
rt-family-support-worker = FSW means family support worker. They give practical help at home, such as with routines, money or parenting. They are not usually social workers.
# source: SafeLives (the IDVA role); Home Office
rt-idva = IDVA means independent domestic violence adviser. They support people at high risk of domestic abuse to stay safe. They work for a charity or service, not the police.
# source: Home Office, The role of the Independent Sexual Violence Adviser (2017)
rt-isva = ISVA means independent sexual violence adviser. They support people who have been raped or sexually assaulted.
# source: Police Reform Act 2002; College of Policing
rt-pcso = PCSO means police community support officer. They work with the police in the local area but are not police officers.
# source: Ministry of Justice, HM Prison and Probation Service
rt-probation = The service that supervises people on community sentences or released from prison.
# source: Crime and Disorder Act 1998 s39
rt-yot = YOT, YOS or YJS means youth offending team or youth justice service. A council team that works with children aged 10 to 17 who get into trouble with the law.
# source: 003_23392368096e3b46.txt (a member of staff takes notes of the meeting)
rt-minute-taker = The person at the meeting who writes the notes, called the minutes. They do not take part in the decisions.
# source: Fostering Services (England) Regulations 2011; Children Act 1989 s22C
rt-foster-carer = Someone approved by the council or an agency to look after children in their own home. They care for children who cannot live with their parents.
# source: Department for Education, Championing kinship care (2023); Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 (connected person)
rt-kinship-carer = A relative or friend who looks after a child who cannot live with their parents. The council may call them a connected person.
# source: Framework for the Assessment of Children in Need and their Families (2000)
rt-primary-carer = The person who does most of the day-to-day care of the child.
# source: Children Act 1989 (parents who do not live with the child keep parental responsibility if they have it)
rt-non-resident-parent = A parent who does not live with the child. They may still have parental responsibility and be asked to take part.
# source: Working Together to Safeguard Children 2023 (out-of-hours services); council guides
rt-edt = EDT means emergency duty team: the social workers who answer at night, at weekends and on bank holidays.

## Health and school

# source: 003_23392368096e3b46.txt; NHS (health visitors)
rt-health-visitor = HV means health visitor: a nurse or midwife with extra training who supports families with children under 5.
# source: NHS (GP services); 003_23392368096e3b46.txt
rt-gp = GP means general practitioner: your family doctor.
# source: NHS (your antenatal and postnatal care)
rt-midwife = A health professional who looks after you in pregnancy, at the birth, and in the first days after the birth.
# source: NHS (school nursing); Healthy Child Programme 5 to 19
rt-school-nurse = A nurse who works with school-age children and young people on their health.
# source: 003_23392368096e3b46.txt; RCPCH Child Protection Companion
rt-paediatrician = A doctor who specialises in children. A community paediatrician often sees children about development or child protection worries.
# source: NHS (children and young people's mental health services)
rt-camhs = CAMHS means child and adolescent mental health services. NHS services for children and young people with mental health problems. Newer name: CYPMHS.
# source: NHS (community mental health services)
rt-cpn = CPN means community psychiatric nurse: a mental health nurse who sees people at home or in the community.
# source: NHS (community mental health teams)
rt-cmht = CMHT means community mental health team: NHS staff who support adults with serious mental health problems.
# source: NHS (when to go to A&E)
rt-a-and-e = A&E means accident and emergency: the hospital department for serious injuries and illness.
# source: NICE guideline CG89, Child maltreatment: when to suspect
rt-nai = NAI means non-accidental injury: an injury that doctors think may not have been an accident. It is a worry to check, not a finding.
# source: Royal College of Radiologists and RCPCH, The radiological investigation of suspected physical abuse in children
rt-skeletal-survey = A set of X-rays of a baby's or young child's whole skeleton, to look for broken bones, old or new.
# source: RCPCH Child Protection Companion
rt-cp-medical = A check by a children's doctor when there is a worry a child has been harmed. The doctor writes a report. You are usually asked to agree to it.
# source: NHS and RCPCH ("was not brought" replacing "did not attend" for children)
rt-dna = In health notes, DNA usually means "did not attend": an appointment was missed. If the report is about a test, DNA may mean a genetic test, for example to show who a child's father is.
# source: NHS and RCPCH ("was not brought")
rt-was-not-brought = WNB means was not brought: a child missed a health appointment. Children cannot take themselves, so it is written as the adult's responsibility.
rt-was-not-brought-question = Which appointments were missed, and what would help us get to them?
# source: NICE guideline NG75, Faltering growth
rt-faltering-growth = When a baby or child is not gaining weight or growing as expected. The older name was failure to thrive. There can be many reasons, including illness.
# source: NHS and RCPCH UK-WHO growth charts (Red Book)
rt-centile = A line on a growth chart. It shows how a child's weight or height compares with other children of the same age. Doctors watch if a child moves across the lines.
# source: NHS (developmental milestones)
rt-developmental-delay = When a child learns skills like walking, talking or playing later than most children of the same age. Milestones are these skills.
# source: NHS (personal child health record, the Red Book)
rt-red-book = The personal child health record, a book parents keep with their child's checks, weights and vaccinations.
# source: NHS (perinatal mental health; postnatal depression)
rt-perinatal-mental-health = Mental health problems in pregnancy or after a birth, such as postnatal depression (PND). They are common and can be treated.
# source: NHS (autism)
rt-autism = ASD or ASC means autism spectrum disorder or condition. Autism affects how a person communicates and experiences the world. It is not an illness.
# source: NHS (ADHD)
rt-adhd = ADHD means attention deficit hyperactivity disorder. It affects attention, activity and acting on impulse.
# source: NHS (reduce the risk of sudden infant death syndrome); The Lullaby Trust
rt-safe-sleep = Ways to lower the risk of a baby dying suddenly in their sleep (SUDI). For example, the baby sleeps on their back, in their own cot. Sharing a bed is riskier after alcohol, drugs or smoking.
# source: NHS (drug addiction: getting help; alcohol support)
rt-substance-misuse-service = A local service that helps people who use drugs or alcohol. It is free and you can often refer yourself.
# source: Department of Health, Healthy Child Programme; Welsh Government, Healthy Child Wales Programme
rt-healthy-child-programme = The checks and support health visitors give every family, from pregnancy until the child starts school.
# source: Children and Families Act 2014 s20; SEND Code of Practice (2015)
rt-sen = SEN or SEND means special educational needs and disabilities: when a child needs extra help to learn.
# source: SEND Code of Practice (2015)
rt-senco = SENCO means special educational needs coordinator: the teacher who organises extra help for children with special educational needs.
# source: Children and Families Act 2014 s37; SEND Code of Practice (2015)
rt-ehcp = EHCP means education, health and care plan. A legal document for a child up to 25 with special educational needs, saying what help they must get.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-aln = In Wales, ALN means additional learning needs: when a child needs extra help to learn.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-alnco = In Wales, ALNCo means additional learning needs coordinator: the teacher who organises extra help for children with additional learning needs.
# source: Additional Learning Needs and Education Tribunal (Wales) Act 2018
rt-idp = In Wales, IDP means individual development plan: a legal plan for a child with additional learning needs.
# source: Department for Education, Promoting the education of looked-after children (2018); Welsh Government guidance
rt-pep = PEP means personal education plan: part of a looked after child's care plan, about their schooling.
# source: Children and Families Act 2014 s99
rt-virtual-school = In England, the council team that helps looked after children, and some others, do well at school. It is led by the virtual school head.
# source: Keeping Children Safe in Education 2024; Welsh Government, Keeping learners safe (designated safeguarding person)
rt-dsl = DSL means designated safeguarding lead: the person at a school or nursery in charge of keeping children safe. In Wales they may be called the designated safeguarding person (DSP).
# source: Education Act 1996 s444 (school attendance); council education welfare services
rt-ewo = EWO means education welfare officer: someone from the council who works with families when a child is often missing school.
# source: Department for Education, Working together to improve school attendance (persistent absence is missing 10% or more)
rt-persistent-absence = { $nation ->
        [wales] When a child misses a lot of school. Ask the school how they count it.
       *[england] When a child misses 10% or more of school sessions.
    }
# source: Department for Education, Suspension and permanent exclusion guidance; Welsh Government exclusion guidance
rt-exclusion = When a school sends a pupil home for breaking rules. A suspension, or fixed-term exclusion, is for some days. A permanent exclusion means the child cannot go back.
# source: Education Act 1996 s19 (education otherwise than at school)
rt-pru = PRU means pupil referral unit: a school for children who cannot go to an ordinary school, for example after an exclusion. It is a kind of alternative provision.
# source: Education Act 1996 s7
rt-ehe = EHE means elective home education: parents teach their child at home instead of at school. Parents have the right to do this.
# source: Education Act 1996 s436A; statutory guidance on children missing education
rt-cme = CME means children missing education: children of school age who are not at school and not being taught at home.
# source: GOV.UK and Welsh Government (free school meals)
rt-fsm = FSM means free school meals. Some children get them because of the family's income or their age.

## Words professionals use about parents

# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (engagement as a focus of reports); Family Rights Group
rt-engagement = How much you take part in the plan: meeting the social worker, going to appointments and using the help offered. Reports often comment on it.
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2024) (concerns about caregiver engagement)
rt-non-engagement = The writer thinks you are not taking part in the plan, for example missing meetings or not letting the social worker in. There may be reasons, such as fear, illness, work or money. You can say what they are.
rt-non-engagement-question = What have I done that you see as not engaging, and what would help me take part?
# source: NSPCC Learning, Disguised compliance: learning from case reviews (2014, 2024)
rt-disguised-compliance = The writer thinks a parent seems to go along with professionals, but without real change. The NSPCC says the phrase can be unhelpful and blaming, and that professionals should describe what they saw.
rt-disguised-compliance-question = What have I done that you see as disguised compliance?
# source: NSPCC Learning (caregiver engagement); Family Rights Group
rt-non-compliance = The writer thinks you have not done what the plan or an agreement asked.
rt-non-compliance-question = Which part of the plan do you say I have not done, and what would help me do it?
# source: Research in Practice, Assessing parental capacity to change (2014) (acknowledging the concerns)
rt-minimising = The writer thinks you make the worries sound smaller or less serious than they see them.
rt-minimising-question = What have I said that you see as minimising, and what do you need me to understand?
# source: Research in Practice, Assessing parental capacity to change (2014) (recognising the problem)
rt-lack-of-insight = The writer thinks you do not yet see or accept what they are worried about, or how it affects your child.
rt-lack-of-insight-question = What would show you that I understand your worries?
# source: Re L (Care: Threshold Criteria) [2007] 1 FLR 2050 (society must tolerate very diverse standards of parenting); D. W. Winnicott (the "good enough" parent)
rt-good-enough-parenting = Care that meets a child's needs well enough. It does not mean perfect. Courts have said that families parent in many different ways, and that is allowed.
rt-good-enough-parenting-question = What would good enough parenting look like for my child, in your view?
# source: NSPCC Learning, Protecting children from risk and protective factors
rt-protective-factors = Things that help keep a child safe, such as a loving parent, supportive family, a safe home or a good school. Say what yours are.
# source: NSPCC Learning, Risk and protective factors
rt-risk-factors = Things that can make harm more likely, such as domestic abuse, drug or alcohol use, or poor mental health. A risk factor is not proof of harm.
# source: Care Inspectorate, Practice guide to chronologies (2017); Working Together to Safeguard Children 2023 (assessments consider history)
rt-chronology = A list of important events in your family's life, in date order, made by the professionals. If something in it is wrong, say so.
# source: Social Care Institute for Excellence; Research in Practice (genograms in assessment)
rt-genogram = A family tree drawn by the social worker, showing who is in your family and how people are related.
# source: A. Hartman, Diagrammatic assessment of family relationships (1978); Research in Practice
rt-ecomap = A drawing showing the people and services around your family, and how strong each link is.
# source: Family Rights Group (family plans); Working Together to Safeguard Children 2023
rt-safety-plan = A written plan of what will be done to keep the child safe, and who will do it. Family and friends can be part of it.
# source: CONTENT-FACTS.md second round (written agreements are not court orders but are used as evidence); Family Rights Group
rt-written-agreement = A list of things children's services ask you to agree to do, or not do. It is not a court order, but it can be used as evidence if a case goes to court. Get advice before you sign.
# source: Framework for the Assessment of Children in Need and their Families (2000); PAMS (Parent Assessment Manual Software); Good practice guidance on working with parents with a learning disability (2021)
rt-parenting-assessment = An assessment of how well a parent can care for their child. PAMS is one kind, often used for parents with a learning disability.
# source: Framework for the Assessment of Children in Need and their Families (2000) (parenting capacity)
rt-parenting-capacity = How well a parent can meet their child's needs: basic care, safety, love, guidance and boundaries, and stability.
# source: Research in Practice, Assessing parental capacity to change (2014)
rt-capacity-to-change = Whether a parent can make the changes the child needs, and keep them up, in the time the child has.
rt-capacity-to-change-question = What changes do you need to see, and by when?
# source: Research in Practice, Assessing parental capacity to change (2014); Children Act 1989 s1(2) (delay)
rt-sustained-change = A change that lasts, not just for a few weeks.
rt-sustained-change-question = How long would a change need to last for you to be sure of it?
# source: Family court practice (segmented hair testing, about 1 cm of growth a month); solicitors' guides for parents
rt-hair-strand-test = A test of a small piece of hair for drugs or alcohol. Hair grows about 1 cm a month, so it can show use over past months.
# source: ordinary meaning; NSPCC Learning (describe caregiver behaviour clearly rather than label it)
rt-chaotic = The writer thinks home life is unpredictable, without regular routines.
rt-chaotic-question = What have you seen that you call chaotic, and what would make it calmer?
# source: Working Together to Safeguard Children 2023 (neglect includes failing to protect a child from harm or danger)
rt-failure-to-protect = The writer thinks a parent did not keep the child safe from harm by someone else.
rt-failure-to-protect-question = What do you think I should have done, and what would help me protect my child now?
# source: D. Glaser, Emotional abuse and neglect: a conceptual framework (2002) (emotional unavailability)
rt-emotionally-unavailable = The writer thinks a parent does not often respond to the child's feelings, or notice what the child needs.
rt-emotionally-unavailable-question = What did you see that makes you say this?
# source: Framework for the Assessment of Children in Need and their Families (2000) (housing and home environment)
rt-home-conditions = The state of your home: whether it is clean, safe and warm enough, with a bed and food for the child.
rt-home-conditions-question = What exactly needs to change at home, and what help can you give?
# source: Framework for the Assessment of Children in Need and their Families (2000) (basic care)
rt-basic-care = Meeting a child's everyday needs: food, warmth, cleanliness, clothes, sleep and health care.
# source: Framework for the Assessment of Children in Need and their Families (2000) (guidance and boundaries)
rt-boundaries = Clear rules and routines, so a child knows what to expect and how to behave.
# source: NICE guideline NG26, Children's attachment
rt-attachment = The bond between a child and the people who care for them. A secure attachment helps a child feel safe.
# source: Public Health Wales, Adverse Childhood Experiences study (2015)
rt-aces = ACEs means adverse childhood experiences: very stressful things in childhood, such as abuse or living with domestic abuse. They can affect health later, but support helps.
# source: Ofsted, In the child's time: professional responses to neglect (2014)
rt-cumulative-harm = Harm that builds up over time from many smaller things, rather than from one event.
# source: Children Act 1989 s1(2) (delay is likely to harm the child's welfare); Ofsted
rt-drift-and-delay = When a case goes on too long without things getting better or decisions being made.
# source: Brandon et al., analyses of serious case reviews for the Department for Education; Skinner et al. (2021), on the weak evidence for the term
rt-toxic-trio = A phrase for domestic abuse, drug or alcohol use, and mental health problems happening together. Researchers have said the phrase is too simple.
rt-toxic-trio-question = Which worries do you mean, and what help can you offer for each?
# source: Domestic Abuse Act 2021 ss1, 3 (a child who sees, hears or experiences it is a victim)
rt-domestic-abuse = DA means domestic abuse: abuse between people aged 16 or over who are partners, ex-partners or family. It can be physical, sexual, emotional, controlling or about money. Children who see or hear it are victims too.
# source: Domestic Abuse Act 2021 s1; Home Office
rt-domestic-violence = DV means domestic violence: the older name for domestic abuse.
# source: Serious Crime Act 2015 s76
rt-coercive-control = A pattern of behaviour that controls or scares a partner or family member, or cuts them off from others. For example, watching them, or controlling their money or who they see. It is a crime.
# source: NHS (drug and alcohol addiction); Framework for the Assessment of Children in Need and their Families (2000)
rt-substance-misuse = Using drugs or alcohol in a way that harms you or others.
# source: Working Together to Safeguard Children 2023 (assessments consider history)
rt-historical-concerns = Worries from the past, sometimes years ago.
rt-historical-concerns-question = How are these past worries about my child today?
# source: SafeLives (working with families affected by domestic abuse)
rt-collusion = The writer thinks a parent is siding with someone who causes harm, or helping to hide it.
rt-collusion-question = What have I done that you see as colluding?
# source: Domestic Abuse Act 2021; Working Together to Safeguard Children 2023
rt-perpetrator = The person who caused the harm, or is said to have caused it (alleged).
rt-perpetrator-question = What is this based on, and has it been proved?
# source: Respect (accredited domestic abuse perpetrator programmes)
rt-perpetrator-programme = A course for people who have been abusive to a partner, to help them change their behaviour.
# source: Working Together to Safeguard Children 2023 (observing the child)
rt-presentation = How a child or parent seems to the professional: how they look, act and talk.
# source: Children Act 1989 s1(3)(a), s17(4A), s47(5A)
rt-wishes-and-feelings = What the child wants and how they feel. The law says professionals must take them into account.
# source: Working Together to Safeguard Children 2023 (child-centred practice); Wales Safeguarding Procedures ("llais y plentyn")
rt-voice-of-the-child = What the child says, shows or feels, written into the report so it is heard.
# source: Working Together to Safeguard Children 2023 (children's lived experiences)
rt-lived-experience = What everyday life is like for your child, as they live it.
# source: A. Turnell and S. Edwards, Signs of Safety (1999); used by many councils
rt-signs-of-safety = A way of working many councils use. It asks what is working well, what the worries are, and what needs to happen.

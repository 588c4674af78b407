# The guide: the five stage pages, in English.
# Plain English, reading age about 9 to 11. Every message receives $nation ("england" or
# "wales"); where the nations differ, a selector chooses the words. Glossary terms are marked
# [[term-id|words shown]]: keep the id, translate the words.

## Before the conference

before-what-heading = What is a child protection conference?
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-meeting = It is a meeting about your child's safety. [[childrens-services|Children's services]] arrange it when they are seriously worried about your child. They think your child is being harmed, or may be harmed. This is called [[significant-harm|significant harm]].
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt; Wales: Wales Safeguarding Procedures (public)
before-what-harm = { $nation ->
        [wales] The worry may be about physical abuse, sexual abuse, emotional or psychological abuse, financial abuse, or neglect.
       *[england] The worry may be about physical abuse, sexual abuse, emotional abuse, or neglect.
    }
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
before-what-not-court = The meeting is not a court. It decides if your child needs a { $nation ->
        [wales] [[care-and-support-protection-plan|care and support protection plan]].
       *[england] [[child-protection-plan|child protection plan]].
    }
# source: public (Family Rights Group glossary)
before-what-pre-birth = A conference can also be held before a baby is born. This is a [[pre-birth-conference|pre-birth conference]].

before-when-heading = When will it happen?
# source: England: Working Together to Safeguard Children; Wales: Wales Safeguarding Procedures (public)
before-when-timing = { $nation ->
        [wales] The first conference is normally held within 15 [[working-day|working days]] of the last [[strategy-discussion|strategy discussion]].
       *[england] The first conference is normally held within 15 [[working-day|working days]] of the [[strategy-discussion|strategy discussion]].
    } This is when professionals talk about the worries and decide what to do.
before-when-cannot-go = If you cannot go at the time you are given, tell the social worker as soon as you can.

before-who-heading = Who will be there?
# source: 003_23392368096e3b46.txt; chair: 001_ae30d34ab232a286.txt
# source: Working Together to Safeguard Children 2023 (the chair is independent of the case, usually employed by the council) (content review L3)
before-who-chair = An independent [[chair|chair]] leads the meeting. The chair is an experienced social worker who works for the council. They are not part of your child's case, and have not worked with your family.
before-who-list-intro = Other people who may be there:
before-who-you = you, and a supporter if you want one
before-who-social-worker = your child's social worker, and perhaps their manager
before-who-gp = your family doctor (GP)
before-who-health-visitor = a [[health-visitor|health visitor]], if your child is under 5
before-who-teacher = a teacher from your child's school
before-who-police = a police officer who works on child protection
before-who-paediatrician = a community paediatrician, who is a doctor for children
before-who-minute-taker = a minute taker, who writes down what is said
# source: 003_23392368096e3b46.txt
# source: content review L15 (jobs explained)
before-who-others = Other people may come too. This could be hospital staff. It could be a probation officer, who supervises people after a court case. It could be an education welfare officer, who helps children get to school.
# source: 003_23392368096e3b46.txt (the need-to-know rule binds the professionals); content review M4 (a parent may show their own adviser)
before-who-confidential = Professionals may only share what they hear with colleagues who need to know. You can show the reports and minutes to your solicitor or advocate.

before-rights-heading = What you can do
# source: 003_23392368096e3b46.txt
before-rights-go = Try to go if you can. You know your child best, and your views matter.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (the two differ on what a solicitor may do)
# source: Family Rights Group (parent advocacy; content review L9)
before-rights-supporter = You can bring a friend, a relative, a solicitor or an advocate. Ask if your area has advocates for parents. Tell the social worker who is coming before the day.
before-rights-solicitor = A solicitor can advise you before and after the meeting. In many areas they cannot speak in the meeting itself. Ask the chair what your supporter or solicitor is allowed to do.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (Legal Help is means-tested until a letter before proceedings); Family Rights Group "Working with a solicitor" (content review M1)
before-rights-legal-aid = Before any letter about court, legal aid depends on your income. This is called a means test. If you get certain benefits, you usually qualify. Ask the solicitor when you call.
# source: Family Rights Group; local procedures on police information at conferences (e.g. Greater Manchester "Guidance on the Use, Recording, Dissemination and Handling of Police Information") (content review M10)
before-rights-police = The police may be looking into what happened. If so, they hear what you say, and it goes in the minutes. Talk to a solicitor before the meeting about what to say.
# source: Wales Safeguarding Procedures (public)
# source: Wales Safeguarding Procedures s3 pt2 (conference in Welsh; minutes in the chosen language) (content review L13)
before-rights-interpreter = { $nation ->
        [wales] If you need an interpreter, ask for one. You can ask for the meeting, and the minutes, to be in Welsh. You can also ask if there is help with travel or childcare.
       *[england] If you need an interpreter, ask for one. You can also ask if there is help with travel or childcare.
    }
# source: Wales Safeguarding Procedures s3 pt2 (separate attendance); 003_23392368096e3b46.txt (attendance that may put people in danger) (content review M9)
before-rights-safety = Do you feel unsafe in the same room as someone? Tell the social worker or the chair before the day. They can arrange for you to take part separately.
# source: 003_23392368096e3b46.txt
before-rights-asked-not-to-come = Sometimes a parent is asked not to come. This can happen if being there could put someone in danger. The chair decides who comes. Your views should still be heard.

before-reports-heading = Reports
# source: 003_23392368096e3b46.txt, 001_ae30d34ab232a286.txt (areas differ on timing)
before-reports-share = The social worker must share their report with you before the meeting. How long before depends on your area. It may be 5 working days, or only 2 or 3 days. It may come by hand or by post.
before-reports-every = You should see every professional's report. You can keep copies.
before-reports-wrong = If something in a report is wrong, tell the social worker. Tell the chair too.
# source: 003_23392368096e3b46.txt; ideas: public (parent advocacy tips)
before-reports-your-own = You can write your own report for the conference. Anyone can help you write it. You could write about:
before-reports-idea-going-well = what is going well in your family
before-reports-idea-worries = what worries you
before-reports-idea-help = what would help you and your child

before-children-heading = Your child at the meeting
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
before-children-attend = Your child may come to the meeting if it is right for them. This is often from about age 10 or 12, but areas differ. The social worker helps them get ready.
before-children-childcare = It is best not to bring young children. Ask the social worker if you need help with childcare.

before-day-heading = On the day
# source: 003_23392368096e3b46.txt
before-day-early = Arrive about 15 minutes early. The chair usually meets you first to explain what will happen.
before-day-break = You can ask for a short break at any time during the meeting.

## During the conference

during-start-heading = How the meeting starts
# source: 003_23392368096e3b46.txt
during-start-chair = The chair asks everyone to say who they are. Then the chair explains why the meeting is being held.
during-start-share = Each person shares what they know about your child and family. You will get a chance to share what you know and what you think.

during-happens-heading = What happens in the meeting
# source: 003_23392368096e3b46.txt
during-happens-minutes = A minute taker writes notes of the meeting. These notes are the [[minutes|minutes]]. You will get a copy later.
# source: Wales Safeguarding Procedures s3 pt2 ("decision-making process": the practitioners decide, taking the family's views into account); 003_23392368096e3b46.txt (the final decision rests with the chair) (content review M3)
during-happens-decide = The professionals decide, after they have heard your views. If they do not agree, the chair decides. You can ask for your disagreement to be written in the minutes.
# source: Wales Safeguarding Procedures s3 pt2 ("Post conference": corrections to the chair within 10 working days of receiving the minutes; dissent recorded); England: local procedures (e.g. Tees: accuracy taken up with the chair) (content review M11)
during-happens-check-minutes = { $nation ->
        [wales] Read the minutes when they come. If something is wrong, write to the chair. Ask for it to be corrected, or for your view to be added. Do this within 10 working days of getting them.
       *[england] Read the minutes when they come. If something is wrong, write to the chair. Ask for it to be corrected, or for your view to be added. Ask the chair how long you have to do this.
    }
during-happens-break = If you feel upset, you can ask for a short break.

during-decisions-heading = What can be decided
# source: 003_23392368096e3b46.txt
during-decisions-intro = The conference can decide:
during-decisions-no-action = that nothing more needs to happen
during-decisions-support = { $nation ->
        [wales] that your family gets help and support through a [[care-and-support-plan|care and support plan]]
       *[england] that your family gets help and support through a [[child-in-need-plan|Child in Need plan]]
    }
during-decisions-plan = { $nation ->
        [wales] that your child needs a [[care-and-support-protection-plan|care and support protection plan]]
       *[england] that your child needs a [[child-protection-plan|child protection plan]]
    }
# source: 003_23392368096e3b46.txt (a decision for each child); Wales Safeguarding Procedures s3 pt2 (one or more categories) (content review L1, L2)
during-decisions-plan-details = The conference decides for each child who lives with you. A plan names one or more [[category-of-harm|categories of harm]]. { $nation ->
        [wales] The categories are physical abuse, sexual abuse, emotional or psychological abuse, financial abuse, and neglect.
       *[england] The categories are physical abuse, sexual abuse, emotional abuse, and neglect.
    }
# source: 003_23392368096e3b46.txt; Wales: 004_cdfde2f55ea0fb42.txt
during-decisions-core-group = { $nation ->
        [wales] The conference names the social worker who will co-ordinate the plan. It also decides who is in the [[core-group|core group]].
       *[england] The conference names a [[lead-social-worker|lead social worker]]. It also decides who is in the [[core-group|core group]].
    }
# source: 004_cdfde2f55ea0fb42.txt
# source: Wales Safeguarding Procedures s3 pt2 ("The Child Protection Register": only when a care and support protection plan is made; confidential) (content review M2)
during-decisions-register = Your child may need a [[care-and-support-protection-plan|care and support protection plan]]. If so, their name also goes on the [[child-protection-register|child protection register]]. This is a private list. Only professionals can check it.
# source: CONTENT-FACTS.md section 2 (England has had no register since 2008)
during-decisions-no-register = There has been no child protection register in England since 2008. Instead, people say your child "is subject to a child protection plan".
# source: 003_23392368096e3b46.txt
during-decisions-not-removal = The conference cannot take your child away from you. It can say that children's services should get legal advice.
# source: Children Act 1989 ss31, 44, 46 (only a court orders removal without agreement; police protection for up to 72 hours); these apply in Wales too (content review M5)
during-decisions-court-only = Only a court can decide your child lives elsewhere without your agreement. In an emergency, the police can also act, for up to 72 hours.
# source: England: Children Act 1989 s20(7)-(8); Wales: Social Services and Well-being (Wales) Act 2014 s76 and the NSPCC Wales summary (a parent can require the child's return at any stage) (content review M5)
during-decisions-living-elsewhere = { $nation ->
        [wales] You may be asked to agree to your child living with someone else. This is often called "section 76". It is your choice, and you can end it at any time. Get advice from a solicitor before you agree.
       *[england] You may be asked to agree to your child living with someone else. This is often called "section 20". It is your choice, and you can end it at any time. Get advice from a solicitor before you agree.
    }
# source: Family Rights Group guidance on written agreements (not court orders; can be used as evidence) (content review M5)
during-decisions-agreements = You may also be asked to sign a written agreement or safety plan. It is not a court order, but it can be used as evidence later. Talk to a solicitor before you sign.
# source: public (council guidance)
during-decisions-responsibility = Having a plan does not take away your [[parental-responsibility|parental responsibility]].

during-leave-heading = Before you leave
# source: 004_cdfde2f55ea0fb42.txt
# source: 004_cdfde2f55ea0fb42.txt (a Wales duty); England: good practice (content review L7)
during-leave-intro = { $nation ->
        [wales] By the end, the chair must make sure you are clear about:
       *[england] By the end, the chair should make sure you are clear about:
    }
during-leave-evidence = the evidence that your child has been harmed, or may be harmed
during-leave-change = what needs to change
during-leave-expected = what you are expected to do
during-leave-ask = If anything is not clear, ask. You can ask the chair to explain it again.

## The core group

core-group-what-heading = What is the core group?
# source: 000_1e1dbaff73eac1a8.txt, 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-what-group = If your child has a plan, a smaller group meets to put it into action. This is the [[core-group|core group]]. Its meetings are less formal than the conference.
core-group-what-members = The group includes the professionals who work most with your child. This could be the social worker, a health visitor, a teacher, or a nursery or school nurse. Key family members are part of it too. You are usually a member.

core-group-when-heading = When does it meet?
# source: 004_cdfde2f55ea0fb42.txt (10 working days); organiser: 000_1e1dbaff73eac1a8.txt
core-group-when-first = { $nation ->
        [wales] The first meeting is within 10 [[working-day|working days]] of the conference. Your social worker organises it.
       *[england] The first meeting is within 10 [[working-day|working days]] of the conference. The [[lead-social-worker|lead social worker]] organises it.
    }
# source: Wales: 004_cdfde2f55ea0fb42.txt; England: no national rule (CONTENT-FACTS.md section 3)
core-group-when-regular = { $nation ->
        [wales] After that, the group meets at least every 6 weeks. It often meets every month.
       *[england] After that, the group meets regularly. There is no national rule for how often. In many areas it is every 4 to 6 weeks, so ask.
    }

core-group-plan-heading = Making the plan
# source: 000_1e1dbaff73eac1a8.txt, 003_23392368096e3b46.txt, 004_cdfde2f55ea0fb42.txt
core-group-plan-outline = The conference made an outline plan. The core group turns it into a full plan with all the details.
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt
core-group-plan-says = The plan says:
core-group-plan-social-worker = who your social worker is
core-group-plan-needs = what your child needs, and how those needs will be met
core-group-plan-actions = what will be done to make your child safer
core-group-plan-who = who will do each thing, both you and the professionals
core-group-plan-when = when each thing should be done by
# source: 000_1e1dbaff73eac1a8.txt
core-group-plan-examples-intro = Everyone should leave knowing what they will do, and by when. For example:
core-group-plan-example-dentist = you take your child to the dentist within a month
core-group-plan-example-school = the school offers after-school clubs twice a week
core-group-plan-example-housing = the housing officer gets the flat repaired within two weeks

core-group-helps-heading = What can help
# source: 000_1e1dbaff73eac1a8.txt
core-group-helps-read = Read what the conference decided before the first meeting.
core-group-helps-questions = Take your questions with you, written down.
core-group-helps-views = Make sure people understand your views about the plan.
core-group-helps-support = Suggest support that would help your family.
core-group-helps-family = Get your wider family involved early.
core-group-helps-fgc = Ask for a [[family-group-conference|family group conference]].

core-group-visits-heading = Visits and assessment
# source: 001_ae30d34ab232a286.txt, 003_23392368096e3b46.txt (areas differ)
core-group-visits-often = The social worker will visit you regularly. In many areas this is at least every 10 working days, but areas differ. Some visits may not be arranged in advance.
core-group-visits-see = The social worker will see your child on their own. They will also look around your home, including where your child sleeps.
# source: 003_23392368096e3b46.txt
core-group-visits-assessment = An [[assessment|assessment]] of your child's needs carries on. It should be shared with you.
# source: Working Together to Safeguard Children 2023 (an assessment within 45 working days of the referral) (content review L8)
core-group-visits-assessment-england = In England, the assessment should be finished within 45 working days of the referral. This counts from when children's services first heard about the worry.
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-assessment-wales = In Wales, the assessment must be finished within 42 working days. This counts from the start of the [[section-47-enquiries|section 47 enquiries]].
# source: 004_cdfde2f55ea0fb42.txt
core-group-visits-contingency = The group may also make a [[contingency-plan|contingency plan]]. This says what will happen if the plan is not working.

## The review conference

review-when-heading = When is it held?
# source: 000, 001, 002, 003, 004 (all agree)
review-when-timing = The first [[review-conference|review conference]] is held within 3 months of the first conference. After that, there is a review at least every 6 months while the plan lasts.
review-when-early = An earlier review can be called if the plan is not working.
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-when-who = Usually the same chair leads it, and many of the same professionals come. You will be invited.

review-looks-heading = What it looks at
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-looks-intro = The review looks at:
review-looks-plan = how well the plan is working
review-looks-working-together = how you and the professionals are working together
review-looks-worries = whether there are still serious worries about your child
review-looks-reports = Professionals write reports before the review. They say what has got better and what still worries them.

review-ready-heading = Getting ready
# source: 000_1e1dbaff73eac1a8.txt, 002_d34d1fa72bfe9724.txt
review-ready-changes = Think about what has changed in your family since the last conference. Think about what difference this has made to your child. You can write it down and take it with you.

review-outcome-means = What it means
review-outcome-feel = How you may feel
review-outcome-do = What to do now

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-ends-heading = Outcome 1: the plan ends
review-ends-means = The conference decides that your child is no longer at risk of significant harm. The plan ends.
review-ends-feel = Many parents feel relief. Some also worry about losing the help they had.
review-ends-do = { $nation ->
        [wales] Think about whether you still want help. A [[care-and-support-plan|care and support plan]] can set out support for your family.
       *[england] Think about whether you still want help. A [[child-in-need-plan|Child in Need plan]] can set out support for your family.
    } Support should not depend on your child being at risk of harm.

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-continues-heading = Outcome 2: the plan continues
review-continues-means = The conference decides your child is still at risk. The plan stays, and it may change.
review-continues-feel = This can feel hard, especially if you have worked hard on the plan. It is all right to say how you feel.
review-continues-do = Say what you think about any changes to the plan. The next review will be within 6 months. A [[legal-planning-meeting|legal planning meeting]] may also be held.

# source: 002_d34d1fa72bfe9724.txt, 000_1e1dbaff73eac1a8.txt
review-legal-heading = Outcome 3: serious worries remain
review-legal-means = If there are still serious worries, children's services hold a legal planning meeting. There they get legal advice. They may offer more support, or they may apply to court.
# source: Children Act 1989 ss44, 46; Practice Direction 12A (Public Law Outline): legal steps are not tied to a review (content review M5)
review-legal-any-time = Children's services can take legal advice at any time, not only after a review.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (free once a letter arrives, not before) (content review M1)
review-legal-feel = This can be frightening. You do not have to face it alone. Free advice lines can help now. If you get a letter, legal help is free.
review-legal-letters = Children's services should write to you. There are two kinds of letter:
# source: Practice Direction 12A (Public Law Outline); Family Rights Group "What happens at a pre-proceedings meeting" (content review M6)
review-legal-letter-before = A [[letter-before-proceedings|letter before proceedings]] says what you can do to avoid going to court. People often call it a "PLO letter".
review-legal-letter-issue = A [[letter-of-issue|letter of issue]] says they are going to court.
review-legal-solicitor = If you get either letter, see a solicitor who specialises in children law at once. Take the letter with you.
# source: Practice Direction 12A (Public Law Outline): the letter before proceedings invites the parent to a pre-proceedings meeting; Family Rights Group (content review M6)
review-legal-plo = PLO stands for [[plo|Public Law Outline]]. The letter invites you to a meeting, often called a PLO meeting. Take your solicitor with you.
# source: public (Family Rights Group A-Z "Legal aid"; legal aid regulations for this stage)
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (content review M1)
review-legal-aid = Once you get a letter before proceedings, legal help is free, whatever your income. This is [[legal-aid|legal aid]]. It covers advice, letters and talks with the council. It also covers a solicitor at the meeting that follows. Go straight to a legal aid solicitor who specialises in children law. Do not wait for a means test.
# source: Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, reg 5 (care proceedings: free whatever the income or merits); Family Rights Group "Working with a solicitor" (content review M1)
review-legal-court-aid = If the council goes to court, you get free legal aid for the court case. Your income does not matter.
# source: GOV.UK "Find a legal aid adviser" (find-legal-advice.justice.gov.uk); the Law Society's "Find a Solicitor" (solicitors.lawsociety.org.uk, Children Law Accreditation); Family Rights Group "Working with a solicitor" (content review M6). Web services only: no phone number is given
review-legal-find = To find a solicitor, search GOV.UK for "Find a legal aid adviser". Or use the Law Society's "Find a Solicitor". Choose one who does children law. When you call, say you have a letter about court.

review-guidance-heading = About this guide
review-guidance = This is general guidance for England and Wales, not legal advice. Practice differs from area to area. Ask your social worker or a solicitor.

## Complaints and advice

help-complain-heading = If you are unhappy with the conference
# source: 003_23392368096e3b46.txt
# source: LGSCO fact sheet "Child protection issues" (complain to the chair as soon as possible); Greater Manchester procedure (in writing within 28 days) (content review M7)
help-complain-chair = Write to the chair of the conference. Do it as soon as you can. Some areas ask for it within about 28 days. The social worker can help you write the letter if you like.
# source: London Safeguarding Children Procedures PA8 (conference complaints follow the partnership's own procedure, not the Children Act complaints procedure) (content review M7)
help-complain-team = Ask the chair how complaints about conferences work in your area. Some areas have a special procedure for them. Others use the council's complaints team, sometimes called customer care. You can contact that team yourself.
# source: London Safeguarding Children Procedures PA8; Greater Manchester; St Helens (the decision stands while a complaint is considered; the outcome and category can be challenged) (content review M7)
help-complain-meanwhile = While your complaint is looked at, the plan carries on. You can complain about how the conference was run, or about what it decided.
# source: public (the ombudsmen's fact sheets)
help-complain-ombudsman = { $nation ->
        [wales] If the council's two complaint stages do not sort it out, you can go to the Public Services [[ombudsman|Ombudsman]] for Wales. You must usually go within 12 months of knowing about the problem.
       *[england] If the council's complaints process does not sort it out, you can go to the Local Government and Social Care [[ombudsman|Ombudsman]]. Complain to the chair first. You must usually go to the Ombudsman within 12 months.
    }
help-complain-ombudsman-limits = { $nation ->
        [wales] The Ombudsman cannot look at the conference's decision itself. It looks at how the council acted.
       *[england] The Ombudsman cannot change the conference's decision. It looks at how the council acted.
    }

# source: content review L14 (Civil Legal Advice is a 0345 number: the advice is free, the call may not be)
help-lines-heading = Advice lines
help-lines-intro = Tap a number to call it. Check the opening hours first.
# source: frg.org.uk "Our advice service" (England only); content review M8. No Wales advice line on child protection could be sourced and checked (2026-12-04), so none is shown; a parent is pointed to a solicitor and an advocate instead
help-lines-wales = The Family Rights Group advice line is for England only. We have not yet found a checked advice line on child protection for Wales. Ask a children law solicitor for advice. Ask the council if there is an advocate for parents.

help-local-heading = Your own local numbers
# source: CONTENT-FACTS.md section 5 (local numbers differ by council)
help-local-numbers = Numbers for your social worker, the chair, the council's out-of-hours service, your solicitor and your [[advocate|advocate]] differ from area to area. You can keep them on this phone.
help-local-link = Keep my contacts

help-faq-heading = Questions parents often ask
help-faq-record-q = Can I record the meeting?
# source: content review L6 (taking notes needs no permission; recording depends on local rules)
help-faq-record-a = Ask the chair before the meeting if you want to record it. Rules differ between areas. You will get a copy of the minutes. You can take your own notes.
help-faq-complain-q = Will it count against me if I complain?
help-faq-complain-a = Complaining is your right. It should not change how children's services treat you or your child. If you are worried about this, talk to an advice line first.
help-faq-new-worker-q = Can I ask for a different social worker?
help-faq-new-worker-a = You can ask. Write to the social worker's manager and explain why. The council does not have to agree.
help-faq-no-call-back-q = What if my social worker does not call back?
help-faq-no-call-back-a = Write down when you called. Then contact their manager, or the council's duty team (the social workers on call that day). You can also contact the complaints team.
help-faq-how-long-q = How long does a complaint take?
help-faq-how-long-a = { $nation ->
        [wales] It depends on your council, so ask the complaints team when to expect an answer. You can go to the Ombudsman after the council's two stages. You must usually go within 12 months of knowing about the problem.
       *[england] It depends on your council, so ask the complaints team when to expect an answer. You must usually go to the Ombudsman within 12 months.
    }
help-faq-end-early-q = Can my child's plan end early?
help-faq-end-early-a = A plan usually ends at a review conference. If things have changed a lot, ask the social worker or the chair if an earlier review could be held.

## Advice lines (numbers are data in src/core/content/advice.rs)

# source: 002_d34d1fa72bfe9724.txt, public. The number in 003 (0800 731 1696) is out of date.
line-frg-name = Family Rights Group advice line
line-frg-about = Free advice for families in England whose children are involved with children's services. Textphone: dial 18001 first.
line-frg-hours = Monday to Friday, 9.30am to 3pm, except bank holidays
# source: 003_23392368096e3b46.txt (hours could not be confirmed, so none are shown)
line-family-lives-name = Family Lives
line-family-lives-about = Free help for anyone bringing up a child.
# source: public
line-cla-name = Civil Legal Advice
line-cla-about = Checks if you can get legal aid for other problems. If you have a letter before proceedings, go straight to a children law solicitor instead.
line-cla-hours = Monday to Friday, 9am to 8pm. Saturday, 9am to 12.30pm
# source: public
line-samaritans-name = Samaritans
line-samaritans-about = If you are struggling to cope. Free.
line-samaritans-hours = Any time, day or night
line-emergency-name = Emergency
line-emergency-about = If someone is in danger right now.

line-call = Call { $name }
line-checked = Last checked: { $date }

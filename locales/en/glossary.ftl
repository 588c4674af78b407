# The glossary, in English. Each term has a name (term-<id>) and a meaning of one or two short
# sentences (term-<id>-meaning). The ids are anchors on /glossary/: never rename one.

glossary-title = Words used in this guide
glossary-intro = What the words used by social workers and at meetings mean.

term-advocate = Advocate
term-advocate-meaning = Someone who helps you say what you think and makes sure you are heard. An advocate is on your side and does not work for children's services.
term-assessment = Assessment
term-assessment-meaning = When a social worker finds out about your child's needs and your family. They talk to you, your child and other people, then write down what they found.
term-care-and-support-plan = Care and support plan
term-care-and-support-plan-meaning = In Wales, a plan for help and support for a child and family. It is used when there is no care and support protection plan.
term-care-and-support-protection-plan = Care and support protection plan
term-care-and-support-protection-plan-meaning = In Wales, the plan made to keep a child safe after a child protection conference.
term-category-of-harm = Category of harm
term-category-of-harm-meaning = The main kind of harm the conference is worried about, such as neglect or physical abuse. A plan names one or more.
term-chair = Chair
term-chair-meaning = The person who leads the conference. They are an experienced social worker. They work for the council but are not part of your child's case.
term-child-in-need-plan = Child in Need plan
term-child-in-need-plan-meaning = In England, a plan for help and support for a child and family. It is used when there is no child protection plan.
term-child-protection-conference = Child protection conference
term-child-protection-conference-meaning = A meeting called by children's services when they are seriously worried a child is being harmed, or may be harmed. The first one is the initial conference. Later ones are review conferences.
term-child-protection-plan = Child protection plan
term-child-protection-plan-meaning = The plan made to keep a child safe. The conference makes an outline plan, and the core group turns it into a detailed plan.
term-child-protection-register = Child protection register
# source: Wales Safeguarding Procedures s3 pt2 and the NSPCC Wales summary (confidential, not a criminal record) (content review L12)
term-child-protection-register-meaning = In Wales, a list of children who have a care and support protection plan. It is private: only professionals can check it. It is not a criminal record. England stopped using a register in 2008.
term-childrens-services = Children's services
term-childrens-services-meaning = The part of your council that works with children and families. It is sometimes called social services.
term-contingency-plan = Contingency plan
term-contingency-plan-meaning = A plan for what will happen if the main plan is not working.
term-core-group = Core group
term-core-group-meaning = { $nation ->
        [wales] A small group of professionals and family members who put the care and support protection plan into action. You are usually a member.
       *[england] A small group of professionals and family members who put the child protection plan into action. You are usually a member.
    }
term-family-group-conference = Family group conference
term-family-group-conference-meaning = A meeting where your family and friends make their own plan to help keep your child safe. You can ask children's services for one.
term-health-visitor = Health visitor
term-health-visitor-meaning = A nurse who supports families with children under 5.
term-lead-social-worker = Lead social worker
term-lead-social-worker-meaning = The social worker in charge of your child's plan. They may also be called the key worker or the lead practitioner.
term-legal-aid = Legal aid
term-legal-aid-meaning = Help from the government to pay for a solicitor. At first it depends on your income. Once you get a letter before proceedings, it is free whatever your income. It is free for a court case too.
term-legal-planning-meeting = Legal planning meeting
term-legal-planning-meeting-meaning = A meeting where children's services get legal advice about whether to go to court.
term-letter-before-proceedings = Letter before proceedings
term-letter-before-proceedings-meaning = A letter from children's services saying they are thinking about going to court, and what you can do to avoid it. Take it to a children law solicitor at once.
term-letter-of-issue = Letter of issue
term-letter-of-issue-meaning = A letter from children's services saying they are going to court. Take it to a children law solicitor at once.
term-minutes = Minutes
term-minutes-meaning = The written notes of a meeting. You should get a copy.
term-ombudsman = Ombudsman
term-ombudsman-meaning = An independent service that looks at complaints about councils. It looks at how the council acted, not at the conference's decision.
term-parental-responsibility = Parental responsibility
term-parental-responsibility-meaning = The rights and duties a parent has for their child. A child protection plan does not take it away.
# source: Practice Direction 12A (Public Law Outline); Family Rights Group (content review M6)
term-plo = PLO (Public Law Outline)
term-plo-meaning = The rules councils follow before they go to court about a child. A letter before proceedings starts this stage. It invites you to a meeting with your solicitor.
term-pre-birth-conference = Pre-birth conference
term-pre-birth-conference-meaning = A child protection conference held before a baby is born.
term-review-conference = Review conference
term-review-conference-meaning = A conference that checks how a child protection plan is working. The first is within 3 months, then at least every 6 months.
term-section-47-enquiries = Section 47 enquiries
term-section-47-enquiries-meaning = The checks children's services make when they think a child may be at risk of significant harm. The name comes from section 47 of the Children Act 1989.
term-significant-harm = Significant harm
term-significant-harm-meaning = Harm that is serious enough to affect a child's health or development. It is what a child protection conference is worried about.
term-strategy-discussion = Strategy discussion
term-strategy-discussion-meaning = A talk between children's services, the police and others about the worries, held before a conference.
term-working-day = Working day
term-working-day-meaning = Monday to Friday, not counting bank holidays.

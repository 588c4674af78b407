# Suggested actions and questions for each stage, in the parent's voice. The personal tools
# offer them; ids are in src/core/content/suggestions.rs.

## Before the conference: things to do
suggest-before-ask-for-reports = Ask the social worker for a copy of every report
suggest-before-read-reports = Read the reports and mark anything I do not understand
suggest-before-note-mistakes = Write down anything in a report that is wrong
suggest-before-write-my-report = Write my own report, or ask someone to help me write it
suggest-before-send-my-report = Send my own report to the social worker and the chair before the meeting
suggest-before-choose-supporter = Choose a friend or relative to come with me
suggest-before-tell-who-is-coming = Tell the social worker who is coming with me
suggest-before-call-solicitor = Call a solicitor who specialises in children law
suggest-before-ask-interpreter = Ask for an interpreter if I need one
suggest-before-plan-childcare = Arrange childcare for the day
suggest-before-plan-journey = Plan how I will get there, and aim to arrive 15 minutes early

## Before the conference: questions to ask
suggest-before-q-worried-about = What exactly are you worried about?
suggest-before-q-evidence = What evidence do you have for these worries?
suggest-before-q-who-is-coming = Who will be at the conference?
suggest-before-q-when-report = When will I get your report?
suggest-before-q-solicitor-speak = Can my solicitor or supporter speak in the meeting?
suggest-before-q-child-attend = Should my child come, and who will help them get ready?
suggest-before-q-travel-help = Can I get help with travel or childcare to attend?
suggest-before-q-meet-chair = Can I meet the chair before the meeting starts?

## At the conference: things to do
suggest-during-arrive-early = Arrive 15 minutes early to meet the chair
suggest-during-bring-notes = Bring my notes and questions
suggest-during-bring-my-report = Bring copies of my own report
suggest-during-write-down-names = Write down who is there and what they do
suggest-during-say-what-is-going-well = Say what is going well for my child
suggest-during-ask-for-break = Ask for a break if I need one
suggest-during-correct-mistakes = Say so if something said about us is wrong
suggest-during-ask-for-minutes = Ask when I will get the minutes
suggest-during-disagreement-in-minutes = Ask for my disagreement to be written in the minutes

## At the conference: questions to ask
suggest-during-q-what-worried = What exactly are you worried about?
suggest-during-q-what-change = What needs to change, and by when?
suggest-during-q-expected-of-me = What do you expect me to do?
suggest-during-q-what-category = Which category of harm is in the plan, and why?
suggest-during-q-who-social-worker = Who is my child's social worker now?
suggest-during-q-who-core-group = Who is in the core group?
suggest-during-q-when-minutes = When will I get a copy of the minutes?
suggest-during-q-what-support = What help and support can my family get?

## The core group: things to do
suggest-core-group-read-decision = Read what the conference decided
suggest-core-group-write-questions = Write down my questions before each meeting
suggest-core-group-note-actions = Write down who will do what, and by when
suggest-core-group-suggest-support = Suggest support that would help us
suggest-core-group-involve-family = Ask my wider family to help early
suggest-core-group-ask-fgc = Ask for a family group conference
suggest-core-group-save-numbers = Save the numbers of everyone in the core group
suggest-core-group-keep-diary = Keep a note of visits and what was said

## The core group: questions to ask
suggest-core-group-q-what-by-when = What needs to change, and by when?
suggest-core-group-q-who-does-what = Who is doing each part of the plan?
suggest-core-group-q-how-often = How often will the core group meet?
suggest-core-group-q-visits = How often will you visit, and will you tell me first?
suggest-core-group-q-help-available = What help can we get to make these changes?
suggest-core-group-q-assessment = When will I see the assessment?
suggest-core-group-q-contingency = Is there a contingency plan, and what does it say?
suggest-core-group-q-copy-of-plan = When will I get a copy of the full plan?

## The review conference: things to do
suggest-review-list-changes = List what has changed since the last conference
suggest-review-note-difference = Write down the difference it has made to my child
suggest-review-read-reports = Read the reports before the review
suggest-review-gather-evidence = Gather letters or notes that show what I have done
suggest-review-ask-supporter = Ask my supporter to come with me again
suggest-review-think-about-support = Think about what help I still want if the plan ends
suggest-review-keep-letters = Keep every letter from children's services safe
suggest-review-call-solicitor-if-letter = If I get a letter about going to court, see a solicitor at once

## The review conference: questions to ask
suggest-review-q-what-improved = What do you think has got better?
suggest-review-q-what-still-worries = What still worries you, and why?
suggest-review-q-can-plan-end = What needs to happen for the plan to end?
suggest-review-q-what-support-after = What support can we have if the plan ends?
suggest-review-q-next-review = When is the next review?
suggest-review-q-legal-planning = Are you thinking of a legal planning meeting?
suggest-review-q-what-letter-means = What does this letter mean for me?
suggest-review-q-changes-to-plan = What changes are you making to the plan, and why?

## Complaints and advice: things to do
suggest-help-write-to-chair = Write to the chair about what I am unhappy with
suggest-help-keep-copies = Keep a copy of every letter and email I send
suggest-help-note-dates = Write down the dates of calls, visits and meetings
suggest-help-call-advice-line = Call a free advice line
suggest-help-contact-complaints-team = Contact the council's complaints team
suggest-help-ask-for-advocate = Ask if I can have an advocate
suggest-help-save-local-numbers = Save my social worker's and the council's numbers
suggest-help-check-legal-aid = Check if I can get legal aid

## Complaints and advice: questions to ask
suggest-help-q-how-to-complain = How do I make a complaint, and who do I send it to?
suggest-help-q-how-long = How long will it take to get an answer?
suggest-help-q-who-decides = Who will look at my complaint?
suggest-help-q-ombudsman-when = When can I go to the Ombudsman?
suggest-help-q-advocate = Can I have an advocate to help me?
suggest-help-q-different-worker = Can I ask for a different social worker?
suggest-help-q-record-meeting = Can I record the meeting, or take notes?
suggest-help-q-manager-contact = How do I contact the social worker's manager?

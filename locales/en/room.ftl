# Who is in the room: on Take to the meeting, the people at the parent's next meeting and why
# each is there. Fetched with that page only. Short sentences, plain words: read at the meeting.
# Status: written by the development team.

room-heading = Who is in the room
room-intro = Add the people your invitation names, and anyone else who comes. At the meeting, this list shows who each person is and why they are there. It helps on a video call too.
room-empty = No one added yet.
room-add-heading = Add a person
room-name = Their name
room-role = Why they are there
room-add = Add to the room
room-name-needed = Type their name first.
room-from-contacts = From My contacts:
# $name is a saved contact's name, $role the role they come in.
room-add-contact = Add { $name } ({ $role })
room-remove = Take { $name } off the list
room-removed = Taken off the list: { $name }

# source: ../shared/CONTENT-FACTS.md section 1 "Who may be there" (003; 001 for the chair) and section 2 (the chair introduces everyone; decides where people disagree)
room-role-chair = The chair
room-role-chair-why = Runs the meeting. They are not part of your family's case. They make sure you are heard, and decide if the others disagree.
# source: CONTENT-FACTS section 1 (your child's social worker)
room-role-social-worker = Social worker
room-role-social-worker-why = Works with your family. They wrote the report for this meeting.
# source: CONTENT-FACTS section 1 ("and perhaps their manager")
room-role-team-manager = Team manager
room-role-team-manager-why = The social worker's manager.
# source: CONTENT-FACTS section 1 (a health visitor, child under 5); glossary health-visitor
room-role-health-visitor = Health visitor
room-role-health-visitor-why = A nurse who checks how babies and young children under 5 are growing and doing.
# source: CONTENT-FACTS section 1 ("Others may come, such as … hospital staff"); NHS: school nurses work with school-age children
room-role-school-nurse = School nurse
room-role-school-nurse-why = A nurse who looks after the health of children at school.
# source: CONTENT-FACTS section 1 (your GP)
room-role-gp = GP (family doctor)
room-role-gp-why = Your family doctor. They say what they know about your child's and your family's health.
# source: CONTENT-FACTS section 1 (a teacher; an education welfare officer)
room-role-teacher = Teacher or school staff
room-role-teacher-why = Says how your child is doing at school or nursery.
# source: CONTENT-FACTS section 1 (a police officer who specialises in child protection)
room-role-police-officer = Police officer
room-role-police-officer-why = Works on keeping children safe. Says what the police know.
# source: CONTENT-FACTS section 1 (a community paediatrician)
room-role-paediatrician = Paediatrician
room-role-paediatrician-why = A children's doctor. They may have examined your child.
# source: CONTENT-FACTS section 1 (a minute taker) and section 2 (writes notes; you get a copy of the minutes)
room-role-minute-taker = Minute taker
room-role-minute-taker-why = Writes down what is said. You get a copy of these notes (the minutes) later.
# source: CONTENT-FACTS section 1 ("Others may come, such as a probation officer")
room-role-probation = Probation officer
room-role-probation-why = Works with people who have been in trouble with the law.
# source: CONTENT-FACTS (a plan can include the housing officer's part: section 3 example "the housing officer repairs the flat")
room-role-housing = Housing officer
room-role-housing-why = Works for the council or your landlord on your home.
# source: CONTENT-FACTS section 1 ("Ask for an interpreter if you need one", Wales procedures)
room-role-interpreter = Interpreter
room-role-interpreter-why = Says what everyone says in your language, and what you say in theirs.
# source: glossary advocate; CONTENT-FACTS section 1 (a supporter if you wish)
room-role-advocate = Advocate
room-role-advocate-why = Is there for you. Helps you say what you want to say.
# source: CONTENT-FACTS section 1 (a supporter if you wish; a friend or relative; tell the social worker beforehand)
room-role-my-supporter = My supporter
room-role-my-supporter-why = A friend or relative who came with you.
# source: CONTENT-FACTS section 1 (a solicitor can advise you before and after; in many areas they cannot speak during the meeting)
room-role-my-solicitor = My solicitor
room-role-my-solicitor-why = Your own lawyer. In many areas they cannot speak during the meeting: ask the chair.
room-role-other = Someone else
room-role-other-why = Ask the chair why they are there.

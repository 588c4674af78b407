# من يحضر الاجتماع: في صفحة «خذها معك إلى الاجتماع»، الأشخاص الذين يحضرون الاجتماع القادم لولي الأمر، وسبب حضور كل منهم، باللغة العربية.
# Status: machine-assisted translation from English, awaiting review by a qualified translator.
# Who is in the room: on Take to the meeting, the people at the parent's next meeting and why
# each is there. Fetched with that page only. Short sentences, plain words: read at the meeting.

room-heading = من يحضر الاجتماع
room-intro = أضف الأشخاص الذين ذُكرت أسماؤهم في رسالة الدعوة، وأي شخص آخر يحضر. في الاجتماع، تُظهر هذه القائمة من هو كل شخص، ولماذا يحضر. وهي تساعدك أيضًا في الاجتماع عبر الفيديو.
room-empty = لم تُضف أحدًا بعد.
room-add-heading = إضافة شخص
room-name = اسم الشخص
room-role = سبب حضوره
room-add = إضافة إلى القائمة
room-name-needed = اكتب الاسم أولًا.
room-from-contacts = من «جهات اتصالي»:
# $name is a saved contact's name, $role the role they come in.
room-add-contact = إضافة: { $name }، { $role }
room-remove = إزالة { $name } من القائمة
room-removed = تمت الإزالة من القائمة: { $name }

# source: ../shared/CONTENT-FACTS.md section 1 "Who may be there" (003; 001 for the chair) and section 2 (the chair introduces everyone; decides where people disagree)
room-role-chair = رئيس المؤتمر (chair)
room-role-chair-why = يدير الاجتماع. وهو ليس جزءًا من العمل على قضية عائلتك. يتأكد من أن صوتك مسموع. وإذا لم يتفق الآخرون، يتخذ هو القرار.
# source: CONTENT-FACTS section 1 (your child's social worker)
room-role-social-worker = الأخصائي الاجتماعي (social worker)
room-role-social-worker-why = يعمل مع عائلتك. وهو الذي كتب التقرير لهذا الاجتماع.
# source: CONTENT-FACTS section 1 ("and perhaps their manager")
room-role-team-manager = مدير الفريق (team manager)
room-role-team-manager-why = مدير الأخصائي الاجتماعي.
# source: CONTENT-FACTS section 1 (a health visitor, child under 5); glossary health-visitor
room-role-health-visitor = الزائر الصحي (health visitor)
room-role-health-visitor-why = ممرض يتابع كيف ينمو الرضّع والأطفال الصغار الذين أعمارهم أقل من 5 سنوات، وكيف حالهم.
# source: CONTENT-FACTS section 1 ("Others may come, such as … hospital staff"); NHS: school nurses work with school-age children
room-role-school-nurse = ممرض المدرسة (school nurse)
room-role-school-nurse-why = ممرض يهتم بصحة الأطفال في المدرسة.
# source: CONTENT-FACTS section 1 (your GP)
room-role-gp = طبيب العائلة (GP)
room-role-gp-why = طبيب عائلتك. يقول ما يعرفه عن صحة طفلك وصحة عائلتك.
# source: CONTENT-FACTS section 1 (a teacher; an education welfare officer)
room-role-teacher = معلم أو موظف في المدرسة
room-role-teacher-why = يقول كيف حال طفلك في المدرسة أو الحضانة.
# source: CONTENT-FACTS section 1 (a police officer who specialises in child protection)
room-role-police-officer = ضابط شرطة
room-role-police-officer-why = يعمل على حماية الأطفال. يقول ما تعرفه الشرطة.
# source: CONTENT-FACTS section 1 (a community paediatrician)
room-role-paediatrician = طبيب أطفال (paediatrician)
room-role-paediatrician-why = طبيب متخصص في الأطفال. ربما يكون قد فحص طفلك.
# source: CONTENT-FACTS section 1 (a minute taker) and section 2 (writes notes; you get a copy of the minutes)
room-role-minute-taker = كاتب المحضر (minute taker)
room-role-minute-taker-why = يكتب ما يُقال في الاجتماع. ستصلك لاحقًا نسخة من هذه الملاحظات، وتُسمّى محضر الاجتماع (minutes).
# source: CONTENT-FACTS section 1 ("Others may come, such as a probation officer")
room-role-probation = ضابط مراقبة السلوك (probation officer)
room-role-probation-why = يعمل مع أشخاص كانت لهم مشكلات مع القانون.
# source: CONTENT-FACTS (a plan can include the housing officer's part: section 3 example "the housing officer repairs the flat")
room-role-housing = موظف الإسكان (housing officer)
room-role-housing-why = يعمل لدى المجلس المحلي أو لدى مالك البيت الذي تسكنه. ويتابع أمور بيتك.
# source: CONTENT-FACTS section 1 ("Ask for an interpreter if you need one", Wales procedures)
room-role-interpreter = المترجم الفوري
room-role-interpreter-why = ينقل إليك بلغتك ما يقوله الجميع، وينقل إليهم بلغتهم ما تقوله أنت.
# source: glossary advocate; CONTENT-FACTS section 1 (a supporter if you wish)
room-role-advocate = المناصر (advocate)
room-role-advocate-why = موجود من أجلك. يساعدك على قول ما تريد أن تقوله.
# source: CONTENT-FACTS section 1 (a supporter if you wish; a friend or relative; tell the social worker beforehand)
room-role-my-supporter = الشخص الذي يساندني
room-role-my-supporter-why = صديق أو قريب جاء معك.
# source: CONTENT-FACTS section 1 (a solicitor can advise you before and after; in many areas they cannot speak during the meeting)
room-role-my-solicitor = المحامي الخاص بي (solicitor)
room-role-my-solicitor-why = محاميك الخاص. في مناطق كثيرة، لا يُسمح له بالكلام أثناء الاجتماع: اسأل رئيس المؤتمر.
room-role-other = شخص آخر
room-role-other-why = اسأل رئيس المؤتمر عن سبب حضوره.

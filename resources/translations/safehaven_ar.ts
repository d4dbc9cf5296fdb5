<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
  <context>
    <name>AddResidentDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="228" />
      <source>Add resident</source>
      <translation>إضافة مقيم/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="239" />
      <source>e.g. Spanish, English</source>
      <translation>مثلًا: العربية، الإنجليزية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="241" />
      <source>who referred them: police, a hotline...</source>
      <translation>من أحاله: الشرطة، خط مساعدة...</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="254" />
      <source>Preferred name</source>
      <translation>الاسم المفضَّل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="255" />
      <source>Date of birth</source>
      <translation>تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="256" />
      <source>Intake date</source>
      <translation>تاريخ الاستقبال</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="257" />
      <source>Care stage</source>
      <translation>مرحلة الرعاية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="258" />
      <source>Pronouns</source>
      <translation>الضمائر المفضَّلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="259" />
      <source>Languages</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="260" />
      <source>Referral source</source>
      <translation>جهة الإحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="275" />
      <source>Save (Ctrl+Enter)</source>
      <translation>حفظ (Ctrl+Enter)</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="52" />
      <location filename="../../src/safehaven/ui/admin.py" line="319" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="53" />
      <location filename="../../src/safehaven/ui/admin.py" line="320" />
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>Active</source>
      <translation>نشِط</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="55" />
      <source>Gives medicines</source>
      <translation>يعطي الأدوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="65" />
      <source>Add staff member…</source>
      <translation>إضافة عضو إلى فريق العمل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="67" />
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="70" />
      <source>Set their passphrase…</source>
      <translation>تعيين عبارة المرور الخاصة به/بها…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="76" />
      <source>Only managers add or remove staff.</source>
      <translation>الإدارة وحدها تضيف أعضاء فريق العمل أو تزيلهم.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="78" />
      <location filename="../../src/safehaven/ui/admin.py" line="348" />
      <source>Trained to give medicines</source>
      <translation>مدرَّب على إعطاء الأدوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="81" />
      <source>Change my passphrase…</source>
      <translation>تغيير عبارة المرور الخاصة بي…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="98" />
      <source>Yours: at most the house's limit.</source>
      <translation>خاص بك: لا يتجاوز حدّ الدار.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="106" />
      <source>min</source>
      <translation>دقيقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="109" />
      <source>(the system's)</source>
      <translation>(لغة النظام)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="120" />
      <source>(none: no automatic backups)</source>
      <translation>(لا شيء: دون نسخ احتياطية تلقائية)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="123" />
      <source>Choose folder…</source>
      <translation>اختيار مجلد…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="130" />
      <source>Back up now</source>
      <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="143" />
      <source>Daily backup to</source>
      <translation>النسخة الاحتياطية اليومية في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="145" />
      <source>Backups kept</source>
      <translation>عدد النسخ الاحتياطية المحفوظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="146" />
      <source>Lock after idle</source>
      <translation>القفل بعد عدم الاستخدام</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="147" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="148" />
      <source>House idle-lock limit</source>
      <translation>حدّ القفل عند الخمول في الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="149" />
      <source>House language</source>
      <translation>لغة الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="151" />
      <source>Only managers set the house's idle-lock limit, language and backup folder. Your own language and a shorter idle lock are yours to choose.</source>
      <translation>المديرون وحدهم يحدّدون حدّ القفل عند الخمول ولغة الدار ومجلد النسخ الاحتياطي. أما لغتك وقفل أقصر فلك أن تختارهما.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="162" />
      <source>House settings…</source>
      <translation>إعدادات الدار…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="163" />
      <source>Case reviews, complaints, the financial year, approvals, decisions and restraint techniques</source>
      <translation>مراجعات الحالة والشكاوى والسنة المالية والموافقات والقرارات وتقنيات التقييد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="166" />
      <source>The house's other settings</source>
      <translation>إعدادات الدار الأخرى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="167" />
      <source>Records are kept in</source>
      <translation>تُحفظ السجلات في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="168" />
      <source>Logs (no records in them)</source>
      <translation>السجلات التقنية (لا تحوي بيانات المقيمين)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="169" />
      <source>Settings file</source>
      <translation>ملف الإعدادات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="171" />
      <source>Staff</source>
      <translation>فريق العمل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="176" />
      <source>Supervision and records</source>
      <translation>الإشراف والسجلات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="181" />
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="183" />
      <source>About SafeHaven…</source>
      <translation>حول SafeHaven…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="193" />
      <source>SafeHaven {0}

Encrypted, offline-first records for shelters and safe houses.
Free software under the GNU Affero General Public License, version 3 or later.

Records: {1}
Logs (no records in them): {2}</source>
      <translation>برنامج SafeHaven، الإصدار {0}

سجلات مشفَّرة تعمل دون اتصال بالإنترنت، لدور الإيواء والبيوت الآمنة.
برنامج حر مرخَّص بموجب رخصة غنو أفيرو العمومية، الإصدار 3 أو أي إصدار لاحق.

السجلات: {1}
السجلات التقنية (لا تحوي بيانات المقيمين): {2}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="199" />
      <source>About SafeHaven</source>
      <translation>حول SafeHaven</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/admin.py" line="219" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>%n دقيقتان</numerusform>
        <numerusform>%n دقائق</numerusform>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>%n دقيقة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="277" />
      <source>Folder for daily backups</source>
      <translation>مجلد النسخ الاحتياطية اليومية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="297" />
      <source>Writing the backup…</source>
      <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="301" />
      <source>Backup written to {0}</source>
      <translation>كُتبت النسخة الاحتياطية في {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="309" />
      <source>The same again</source>
      <translation>أعِد كتابتها مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="314" />
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="322" />
      <source>Their passphrase (they type it themselves)</source>
      <translation>عبارة المرور الخاصة به/بها (يكتبها الشخص بنفسه)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="329" />
      <source>Add staff member</source>
      <translation>إضافة عضو إلى فريق العمل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="339" />
      <source>by role</source>
      <translation>بحكم الدور</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>trained</source>
      <translation>مدرَّب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>not trained</source>
      <translation>غير مدرَّب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="346" />
      <source>No longer trained to give medicines</source>
      <translation>لم يعد مدرَّبًا على إعطاء الأدوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="362" />
      <source>Clinicians and managers give medicines by their role; the training is recorded for staff.</source>
      <translation>يعطي الأخصائيون والمدراء الأدوية بحكم دورهم؛ يُسجَّل التدريب للموظفين.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="365" />
      <source>{0} will no longer be able to record medicines as given.</source>
      <translation>لن يتمكن {0} بعد الآن من تسجيل الأدوية على أنها أُعطيت.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="367" />
      <source>{0} will be able to record medicines as given.</source>
      <translation>سيتمكن {0} من تسجيل الأدوية على أنها أُعطيت.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="369" />
      <source>Training to give medicines</source>
      <translation>التدريب على إعطاء الأدوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="386" />
      <source>Remove a staff member</source>
      <translation>إزالة أحد الموظفين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="387" />
      <source>Remove {0}? They will no longer unlock SafeHaven on any laptop of the house. Their records stay.</source>
      <translation>إزالة {0}؟ لن يتمكن بعد الآن من فتح SafeHaven على أي حاسوب في الدار. تبقى سجلاته.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <source>Change my passphrase</source>
      <translation>تغيير عبارة المرور الخاصة بي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <location filename="../../src/safehaven/ui/admin.py" line="423" />
      <source>New passphrase</source>
      <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="409" />
      <source>Your passphrase was changed.</source>
      <translation>تم تغيير عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="422" />
      <source>New passphrase for %1</source>
      <translation>عبارة مرور جديدة لـ %1</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="425" />
      <source>%1 has a new passphrase, on every laptop of the house once they sync.</source>
      <translation>أصبحت لدى %1 عبارة مرور جديدة، على كل حواسيب الدار المحمولة بعد مزامنتها.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="432" />
      <source>Choose a staff member in the list first.</source>
      <translation>يُرجى أولًا اختيار عضو من فريق العمل في القائمة.</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="55" />
      <source>Submitted</source>
      <translation>قُدِّم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="56" />
      <source>Who</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="57" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="61" />
      <source>Enter: approve or return it</source>
      <translation>Enter: الموافقة أو الإعادة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="75" />
      <source>Approvals ({0})</source>
      <translation>الموافقات ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="78" />
      <source>Plans and closures waiting for your approval</source>
      <translation>خطط وإغلاقات بانتظار موافقتك</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="82" />
      <source>Destruction of all records</source>
      <translation>إتلاف كل السجلات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="97" />
      <source>Approval</source>
      <translation>الموافقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="98" />
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="99" />
      <source>Approve</source>
      <translation>موافقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="100" />
      <source>Return with a comment</source>
      <translation>إعادة مع تعليق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="101" />
      <source>Comment (what to change, when returning)</source>
      <translation>تعليق (ما يجب تغييره عند الإعادة)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="103" />
      <source>{0}: {1}, submitted {2}</source>
      <translation>{0}: {1}، قُدِّم في {2}</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="228" />
      <source>Audit</source>
      <translation>سجل الوصول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="231" />
      <source>A young person</source>
      <translation>شاب أو شابة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="232" />
      <source>A staff member</source>
      <translation>أحد الموظفين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="236" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="237" />
      <source>Who</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="238" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="239" />
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="240" />
      <source>Young person</source>
      <translation>الشاب/الشابة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="244" />
      <source>Export CSV…</source>
      <translation>تصدير CSV…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="289" />
      <source>Entries: {0}</source>
      <translation>الإدخالات: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="292" />
      <source>Save the audit as CSV</source>
      <translation>حفظ سجل الوصول بصيغة CSV</translation>
    </message>
  </context>
  <context>
    <name>BackgroundSync</name>
    <message>
      <location filename="../../src/safehaven/ui/background_sync.py" line="93" />
      <source>The server cannot be reached; changes wait here safely and go out when it can.</source>
      <translation>تعذَّر الوصول إلى الخادم؛ التغييرات محفوظة هنا بأمان وستُرسل عندما يصبح ذلك ممكنًا.</translation>
    </message>
  </context>
  <context>
    <name>BookDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="279" />
      <source>Book a session</source>
      <translation>حجز جلسة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="288" />
      <source>Resident and therapy</source>
      <translation>المقيم/ة والعلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="289" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
  </context>
  <context>
    <name>CareForms</name>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="75" />
      <source>Preferred name</source>
      <translation>الاسم المفضَّل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="77" />
      <source>Legal name (restricted)</source>
      <translation>الاسم القانوني (اطِّلاع مقيَّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="80" />
      <source>Date of birth</source>
      <translation>تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="82" />
      <source>Estimated age (when the date is unknown)</source>
      <translation>العمر التقديري (إذا كان التاريخ غير معروف)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="84" />
      <source>Gender</source>
      <translation>النوع الاجتماعي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="85" />
      <source>Pronouns</source>
      <translation>الضمائر المفضَّلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="86" />
      <source>e.g. she/her, he/him, they/them</source>
      <translation>مثلًا: هي، هو، هم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="87" />
      <source>Languages (comma between)</source>
      <translation>اللغات (تفصل بينها فاصلة)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="89" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="149" />
      <source>Interpreter</source>
      <translation>المترجم/ة الشفهي/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="90" />
      <source>needs an interpreter</source>
      <translation>يحتاج/تحتاج إلى مترجم/ة شفهي/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="91" />
      <source>Interpreter's language</source>
      <translation>لغة الترجمة الشفهية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="93" />
      <source>Cultural and faith notes</source>
      <translation>ملاحظات ثقافية ودينية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="95" />
      <source>Dietary needs</source>
      <translation>الاحتياجات الغذائية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="96" />
      <source>Key worker</source>
      <translation>الشخص المرجعي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="105" />
      <source>New stage</source>
      <translation>المرحلة الجديدة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="107" />
      <source>Why?</source>
      <translation>لماذا؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="109" />
      <source>Why does it skip a stage?</source>
      <translation>لماذا يتخطى مرحلة؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="111" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="155" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="112" />
      <source>Where the young person goes</source>
      <translation>إلى أين يذهب اليافع/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="119" />
      <source>Need</source>
      <translation>الاحتياج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="121" />
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="123" />
      <source>Owner</source>
      <translation>المسؤول/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="124" />
      <source>Due</source>
      <translation>الموعد المستحق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="125" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="129" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="219" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="131" />
      <source>How it was met, or why it does not apply</source>
      <translation>كيف لُبّي، أو لماذا لا ينطبق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="135" />
      <source>Therapy</source>
      <translation>العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="137" />
      <source>Provider</source>
      <translation>مقدِّم/ة العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="138" />
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="139" />
      <source>Frequency</source>
      <translation>التكرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="141" />
      <source>Funded sessions (cap)</source>
      <translation>الجلسات المموَّلة (الحد الأقصى)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="143" />
      <source>Funded by</source>
      <translation>الجهة المموِّلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="144" />
      <source>Starts</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="146" />
      <source>Planned end</source>
      <translation>النهاية المخطَّط لها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="148" />
      <source>Goals</source>
      <translation>الأهداف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="150" />
      <source>language or name, if one joins the sessions</source>
      <translation>اللغة أو الاسم، إن كان أحد يحضر الجلسات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="154" />
      <source>Why is the plan ending?</source>
      <translation>لماذا تنتهي الخطة؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="161" />
      <source>Therapy plan</source>
      <translation>خطة العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="162" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="206" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="239" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="163" />
      <source>Minutes</source>
      <translation>الدقائق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="165" />
      <source>Place (if not the plan's)</source>
      <translation>المكان (إن كان غير مكان الخطة)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="170" />
      <source>Purpose</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="172" />
      <source>Shared with (service)</source>
      <translation>تُشارَك مع (الجهة الخدمية)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="175" />
      <source>Consent given by</source>
      <translation>مَن أعطى الموافقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="177" />
      <source>Name of guardian or agency</source>
      <translation>اسم الوصي/ة أو الجهة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="179" />
      <source>Consent</source>
      <translation>الموافقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="180" />
      <source>consent was given</source>
      <translation>أُعطيت الموافقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="181" />
      <source>The young person's assent</source>
      <translation>قبول اليافع/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="183" />
      <source>they agreed in their own words</source>
      <translation>وافق/وافقت بكلماته/بكلماتها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="184" />
      <source>Given on</source>
      <translation>تاريخ الإعطاء</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="186" />
      <source>Expires on</source>
      <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="191" />
      <source>Withdrawn on</source>
      <translation>تاريخ السحب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="192" />
      <source>Why</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="195" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="196" />
      <source>Relationship</source>
      <translation>صلة القرابة أو العلاقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="197" />
      <source>e.g. aunt, teacher</source>
      <translation>مثلًا: خالة، معلِّم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="198" />
      <source>Phone or other contact</source>
      <translation>الهاتف أو وسيلة تواصل أخرى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="202" />
      <source>Vetting</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="204" />
      <source>How they were checked</source>
      <translation>كيف جرى التحقق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="207" />
      <source>Checked by</source>
      <translation>مَن تحقَّق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="208" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="221" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="328" />
      <source>Notes</source>
      <translation>الملاحظات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="213" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="215" />
      <source>Receiving service</source>
      <translation>الجهة المستقبِلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="217" />
      <source>Contact person there</source>
      <translation>الشخص المسؤول عن التواصل هناك</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="224" />
      <source>Referred on</source>
      <translation>تاريخ الإحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="228" />
      <source>Hand-off on</source>
      <translation>تاريخ التسليم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="229" />
      <source>Accompanied by</source>
      <translation>بمرافقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="230" />
      <source>Received by</source>
      <translation>مَن استلم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="237" />
      <source>What happened</source>
      <translation>ما الذي حدث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="241" />
      <source>What happened, in plain words</source>
      <translation>ما الذي حدث، بكلمات بسيطة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="243" />
      <source>What was done at once</source>
      <translation>ما الذي فُعل فورًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="244" />
      <source>Who was told</source>
      <translation>مَن أُبلغ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="246" />
      <source>Told at</source>
      <translation>وقت الإبلاغ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="247" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="268" />
      <source>Police reference</source>
      <translation>الرقم المرجعي لدى الشرطة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="249" />
      <source>Last seen at</source>
      <translation>وقت آخر مشاهدة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="251" />
      <source>Last seen where</source>
      <translation>مكان آخر مشاهدة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="253" />
      <source>Clothing and appearance (for the police)</source>
      <translation>الملابس والمظهر (للشرطة)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="260" />
      <source>Back at</source>
      <translation>عاد/ت في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="261" />
      <source>How they came back</source>
      <translation>كيف عاد/ت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="262" />
      <source>alone, brought by police, found by staff…</source>
      <translation>وحده/ا، أعادته/ا الشرطة، وجده/ا الفريق…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="263" />
      <source>Where they were, and with whom</source>
      <translation>أين كان/ت ومع من</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="265" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="280" />
      <source>Sealed: only clinicians and managers read it. Left empty, what was written is kept.</source>
      <translation>مختوم: لا يقرؤه إلا الأخصائيون والمدراء. إن تُرك فارغًا يبقى ما كُتب.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="267" />
      <source>Injuries seen</source>
      <translation>الإصابات الملاحظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="275" />
      <source>Held at</source>
      <translation>أُجريت في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="276" />
      <source>Held by</source>
      <translation>أجراها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="277" />
      <source>ideally someone independent of the house</source>
      <translation>يُفضَّل شخص مستقل عن الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="278" />
      <source>What was said, and the actions that follow</source>
      <translation>ما قيل والإجراءات التالية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="286" />
      <source>Warning signs: what tells of a crisis</source>
      <translation>علامات الإنذار: ما الذي ينبئ بأزمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="288" />
      <source>What helps: coping strategies</source>
      <translation>ما الذي يساعد: استراتيجيات التكيُّف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="290" />
      <source>Safe people and places</source>
      <translation>أشخاص وأماكن آمنة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="292" />
      <source>People and places to avoid</source>
      <translation>أشخاص وأماكن يجب تجنُّبها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="294" />
      <source>Whom to call</source>
      <translation>بمَن يُتَّصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="296" />
      <source>Reviewed with the young person on</source>
      <translation>رُوجعت مع اليافع/ة بتاريخ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="298" />
      <source>Next review</source>
      <translation>المراجعة القادمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="303" />
      <source>Outcome: what was done and what follows</source>
      <translation>النتيجة: ما الذي فُعل وما الخطوة التالية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="307" />
      <source>First contact due</source>
      <translation>موعد أول تواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="308" />
      <source>How many contacts</source>
      <translation>عدد مرات التواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="310" />
      <source>Every how many months</source>
      <translation>كل كم شهرًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="315" />
      <source>Date of contact</source>
      <translation>تاريخ التواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="316" />
      <source>How</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="318" />
      <source>Spoke with</source>
      <translation>جرى الحديث مع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="319" />
      <source>the young person, a carer, a teacher…</source>
      <translation>اليافع/ة، أحد مقدِّمي الرعاية، معلِّم/ة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="320" />
      <source>Wellbeing</source>
      <translation>الحالة العامة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="322" />
      <source>School or work</source>
      <translation>الدراسة أو العمل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="324" />
      <source>Risk signs</source>
      <translation>علامات الخطر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="326" />
      <source>Re-trafficking risk</source>
      <translation>خطر الوقوع في الاتجار مجددًا</translation>
    </message>
  </context>
  <context>
    <name>CaseActions</name>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="38" />
      <source>Case closed on {0}: {1}</source>
      <translation>أُغلقت الحالة في {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="41" />
      <source>Transfer to {0} sent on {1}: waiting for its receipt</source>
      <translation>أُرسل النقل إلى {0} في {1}: بانتظار إشعار الاستلام</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="44" />
      <source>Closure waiting for a manager's approval</source>
      <translation>الإغلاق بانتظار موافقة الإدارة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="46" />
      <source>Closure returned: {0}</source>
      <translation>أعيد الإغلاق: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="54" />
      <source>Reopen case…</source>
      <translation>إعادة فتح الحالة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="57" />
      <source>Only a manager reopens a case.</source>
      <translation>لا يعيد فتح الحالة إلا المدير.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="59" />
      <source>Close case…</source>
      <translation>إغلاق الحالة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="63" />
      <source>Clinicians and managers close cases.</source>
      <translation>يغلق الأطباء والإدارة الحالات.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="73" />
      <source>Why is the case reopened?</source>
      <translation>لماذا يعاد فتح الحالة؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="74" />
      <location filename="../../src/safehaven/ui/case_actions.py" line="78" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="76" />
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="79" />
      <source>Where the young person went</source>
      <translation>إلى أين ذهب الشاب أو الشابة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="80" />
      <source>Anything else</source>
      <translation>أي شيء آخر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="88" />
      <source>Close case</source>
      <translation>إغلاق الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="89" />
      <source>{0} leaves Today and the weekly lists; follow-up contacts go on.</source>
      <translation>يخرج {0} من «اليوم» ومن القوائم الأسبوعية؛ وتستمر اتصالات المتابعة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="93" />
      <source>Reopen case</source>
      <translation>إعادة فتح الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="94" />
      <source>{0}'s case was closed on {1}.</source>
      <translation>أُغلقت حالة {0} في {1}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="102" />
      <source>Case reopened</source>
      <translation>أعيد فتح الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="103" />
      <source>Case closed: {0}</source>
      <translation>أُغلقت الحالة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="105" />
      <source>Transfer sent</source>
      <translation>أُرسل النقل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="107" />
      <source>Closure submitted: {0}</source>
      <translation>قُدِّم الإغلاق: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="112" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="260" />
      <source>Discard this check-in? What you typed will be lost.</source>
      <translation>هل تريد تجاهل هذه المتابعة اليومية؟ سيضيع ما كتبته.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="146" />
      <source>Check-in: {0}</source>
      <translation>المتابعة اليومية: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Very low</source>
      <translation>سيئ جدًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Low</source>
      <translation>سيئ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Okay</source>
      <translation>مقبول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Good</source>
      <translation>جيد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="150" />
      <source>Very good</source>
      <translation>جيد جدًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Fair</source>
      <translation>مقبول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Poor</source>
      <translation>ضعيف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Somewhat</source>
      <translation>إلى حدٍّ ما</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="172" />
      <source>A risk that goes on: it stays on Today, for the manager too, until an incident is recorded for it. Space ticks or unticks it.</source>
      <translation>خطر مستمر: يبقى في «اليوم»، للمدير أيضًا، حتى تُسجَّل حادثة بشأنه. المسافة تحدّده أو تلغي تحديده.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="179" />
      <source>What happened, if anything: alerts the manager</source>
      <translation>ما حدث، إن حدث شيء: ينبّه المدير</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="182" />
      <source>Something that happened this shift (a fight, a visitor, an injury). Text here puts an alert on Today for the manager until an incident is recorded from it. A risk flag is different: a risk that goes on, not one event.</source>
      <translation>شيء حدث في هذه المناوبة (شجار، زائر، إصابة). النص هنا يضع تنبيهًا في «اليوم» للمدير حتى تُسجَّل حادثة منه. علامة الخطر شيء مختلف: خطر مستمر، لا حدث واحد.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="193" />
      <source>Check-in for {0}</source>
      <translation>المتابعة اليومية لـ {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="202" />
      <source>Mood</source>
      <translation>المزاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="204" />
      <source>Sleep</source>
      <translation>النوم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="205" />
      <source>Appetite</source>
      <translation>الشهية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="206" />
      <source>Feels safe</source>
      <translation>يشعر/تشعر بالأمان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="207" />
      <source>Engagement</source>
      <translation>المشاركة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="208" />
      <source>Risk flags</source>
      <translation>إشارات الخطر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="210" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="212" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="215" />
      <source>Save (Ctrl+Enter)</source>
      <translation>حفظ (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="252" />
      <source>ALLERGIES: {0}</source>
      <translation>الحساسية: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="304" />
      <source>Choose a face for today's mood.</source>
      <translation>يُرجى اختيار وجه يعبِّر عن مزاج اليوم.</translation>
    </message>
  </context>
  <context>
    <name>CheckinsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="64" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="65" />
      <source>Shift</source>
      <translation>المناوبة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="66" />
      <source>Mood</source>
      <translation>المزاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="67" />
      <source>Feels safe</source>
      <translation>يشعر/تشعر بالأمان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="68" />
      <source>Flags</source>
      <translation>الإشارات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="69" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="70" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="76" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Correct…</source>
      <translation>تصحيح…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="78" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Void…</source>
      <translation>إلغاء…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="104" />
      <source>void: {0}</source>
      <translation>إلغاء: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="107" />
      <source>voided</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="108" />
      <source>corrected</source>
      <translation>مصحَّحة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="110" />
      <source>correction: {0}</source>
      <translation>تصحيح: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="133" />
      <source>Recorded by {0}</source>
      <translation>سجّلها {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="136" />
      <source>Voided by {0}: {1}</source>
      <translation>ألغاها {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="137" />
      <source>Corrected by {0}: {1}</source>
      <translation>صحّحها {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="140" />
      <source>Incidents: {0}</source>
      <translation>الحوادث: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="147" />
      <source>Choose a check-in in the table first.</source>
      <translation>اختر متابعة يومية من الجدول أولًا.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="178" />
      <source>Correct the check-in: {0}</source>
      <translation>تصحيح المتابعة اليومية: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="181" />
      <source>What was wrong</source>
      <translation>ما الخطأ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="187" />
      <source>Why it is corrected</source>
      <translation>سبب التصحيح</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="194" />
      <source>Say why it is corrected.</source>
      <translation>اذكر سبب التصحيح.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="220" />
      <source>Void the check-in</source>
      <translation>إلغاء المتابعة اليومية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="221" />
      <source>Why it is voided</source>
      <translation>سبب الإلغاء</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="222" />
      <source>recorded for the wrong child, or in error</source>
      <translation>سُجّلت لطفل آخر، أو عن طريق الخطأ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="223" />
      <source>The check-in of {0} ({1}) is kept in the history and counted nowhere.</source>
      <translation>تُحفظ المتابعة اليومية ليوم {0} ({1}) في السجل ولا تُحتسب في أي مكان.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="225" />
      <source>Void</source>
      <translation>إلغاء</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="161" />
      <source>Complaints (a manager answers each)</source>
      <translation>الشكاوى (يرد المدير على كل منها)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="162" />
      <source>Made on</source>
      <translation>قُدّمت في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="163" />
      <source>Complaint</source>
      <translation>الشكوى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="164" />
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="165" />
      <source>NOT ANSWERED YET</source>
      <translation>لم يُرَدّ عليها بعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="166" />
      <source>Answered</source>
      <translation>تم الرد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="167" />
      <source>What they were told</source>
      <translation>ما قيل له</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="169" />
      <source>Write down a complaint…</source>
      <translation>تدوين شكوى…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="171" />
      <source>Answer…</source>
      <translation>الرد…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="180" />
      <source>A complaint</source>
      <translation>شكوى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="187" />
      <source>Answer a complaint</source>
      <translation>الرد على شكوى</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="284" />
      <source>Consent and assent</source>
      <translation>الموافقة والقبول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="285" />
      <source>Purpose</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="287" />
      <source>Given by</source>
      <translation>مَن أعطاها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>Assent</source>
      <translation>القبول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="289" />
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="290" />
      <source>Valid</source>
      <translation>الصلاحية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="293" />
      <source>Add consent…</source>
      <translation>إضافة موافقة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="294" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="303" />
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="295" />
      <source>Withdraw…</source>
      <translation>سحب…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="296" />
      <source>Trusted adults</source>
      <translation>البالغون الموثوقون</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="297" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="298" />
      <source>Relationship</source>
      <translation>صلة القرابة أو العلاقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="299" />
      <source>Contact</source>
      <translation>التواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="300" />
      <source>Vetting</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="302" />
      <source>Add trusted adult…</source>
      <translation>إضافة شخص بالغ موثوق…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="304" />
      <source>Record vetting…</source>
      <translation>تسجيل التحقق…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="316" />
      <source>The young person, with {0}</source>
      <translation>اليافع/ة، مع {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="321" />
      <source>withdrawn {0}</source>
      <translation>سُحبت في {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="323" />
      <source>expired {0}</source>
      <translation>انتهت في {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="325" />
      <source>not valid (no consent or assent)</source>
      <translation>غير سارية (لا موافقة ولا قبول)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="326" />
      <source>until {0}</source>
      <translation>حتى {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="330" />
      <source>NOT VETTED: no contact or hand-off yet</source>
      <translation>لم يُتحقَّق منه: لا تواصل ولا تسليم حتى الآن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="336" />
      <source>Add consent</source>
      <translation>إضافة موافقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="343" />
      <source>Correct consent</source>
      <translation>تصحيح الموافقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="350" />
      <source>Consent withdrawn: {0}</source>
      <translation>سحب الموافقة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="354" />
      <source>Add trusted adult</source>
      <translation>إضافة شخص بالغ موثوق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="361" />
      <source>Edit trusted adult</source>
      <translation>تعديل بيانات الشخص البالغ الموثوق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="369" />
      <source>Vetting: {0}</source>
      <translation>التحقق: {0}</translation>
    </message>
  </context>
  <context>
    <name>ContactsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="24" />
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="84" />
      <source>No-contact list</source>
      <translation>قائمة منع التواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="25" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="26" />
      <source>Who they are</source>
      <translation>من هو/هي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="27" />
      <source>Also known as</source>
      <translation>يُعرف/تُعرف أيضًا باسم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="28" />
      <source>Phone numbers</source>
      <translation>أرقام الهاتف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="29" />
      <source>Why</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="32" />
      <source>Add to the list…</source>
      <translation>إضافة إلى القائمة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="33" />
      <source>Change…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="34" />
      <source>Take off the list</source>
      <translation>إزالة من القائمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="35" />
      <source>Visits, calls, messages and letters</source>
      <translation>الزيارات والمكالمات والرسائل والخطابات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="36" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="38" />
      <source>How</source>
      <translation>كيف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="39" />
      <source>Who</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="40" />
      <source>Supervised by</source>
      <translation>بإشراف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="41" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="42" />
      <source>How it went</source>
      <translation>كيف جرى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="45" />
      <source>Record a visit or call…</source>
      <translation>تسجيل زيارة أو مكالمة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="46" />
      <source>Correct…</source>
      <translation>تصحيح…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="60" />
      <source>(clinicians and managers only)</source>
      <translation>(للأخصائيين السريريين والمديرين فقط)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="64" />
      <source>ON THE NO-CONTACT LIST</source>
      <translation>على قائمة منع التواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="66" />
      <source>not allowed</source>
      <translation>غير مسموح</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="68" />
      <source>unknown person</source>
      <translation>شخص مجهول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="69" />
      <source>adult not yet vetted</source>
      <translation>بالغ لم يُتحقق منه بعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="76" />
      <source>Add to the no-contact list</source>
      <translation>إضافة إلى قائمة منع التواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="89" />
      <source>Take {0} off the no-contact list? Staff will no longer be warned.</source>
      <translation>إزالة {0} من قائمة منع التواصل؟ لن يُحذَّر الفريق بعد الآن.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="95" />
      <source>Record a visit or call</source>
      <translation>تسجيل زيارة أو مكالمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="102" />
      <source>Correct a contact</source>
      <translation>تصحيح تواصل</translation>
    </message>
  </context>
  <context>
    <name>DateFields</name>
    <message>
      <location filename="../../src/safehaven/ui/date_fields.py" line="240" />
      <source>Today</source>
      <translation>اليوم</translation>
    </message>
  </context>
  <context>
    <name>DestructionForms</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="26" />
      <source>Destroy records</source>
      <translation>إتلاف السجلات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="27" />
      <source>Why (do not name the young person: this stays after the records are gone)</source>
      <translation>السبب (لا تذكر اسم الشاب أو الشابة: يبقى هذا بعد زوال السجلات)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="30" />
      <source>Ask for every record of {0} to be destroyed on every laptop and on the server. Another manager must approve; until then nothing is erased. It cannot be undone.</source>
      <translation>طلب إتلاف كل سجلات {0} على كل حاسوب وعلى الخادم. يجب أن يوافق مدير آخر؛ وحتى ذلك الحين لا يُمحى شيء. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="47" />
      <source>Destruction of records</source>
      <translation>إتلاف السجلات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="48" />
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="49" />
      <source>Decline</source>
      <translation>رفض</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="50" />
      <source>Approve: destroy every record now</source>
      <translation>موافقة: إتلاف كل السجلات الآن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="52" />
      <source>Why not (when declining)</source>
      <translation>لماذا لا (عند الرفض)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="54" />
      <source>{0} asked on {1} to destroy every record of {2} (case closed {3}): “{4}”. Approving erases them on this laptop at once, and on every other laptop and the server at their next sync. It cannot be undone.</source>
      <translation>طلب {0} في {1} إتلاف كل سجلات {2} (أُغلقت الحالة في {3}): «{4}». الموافقة تمحوها على هذا الحاسوب فوراً، وعلى باقي الحواسيب والخادم عند مزامنتها التالية. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="68" />
      <source>declined</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="70" />
      <source>waiting for a second manager</source>
      <translation>بانتظار مدير ثانٍ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="72" />
      <source>erased on {0} of {1} laptops</source>
      <translation>مُحيت على {0} من {1} حواسيب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="75" />
      <source>erased on every laptop</source>
      <translation>مُحيت على كل الحواسيب</translation>
    </message>
  </context>
  <context>
    <name>DestructionsDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="91" />
      <source>Destructions</source>
      <translation>طلبات الإتلاف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="93" />
      <source>Asked</source>
      <translation>تاريخ الطلب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="95" />
      <source>Young person</source>
      <translation>الشاب أو الشابة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="96" />
      <source>(records destroyed)</source>
      <translation>(أُتلفت السجلات)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="97" />
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="98" />
      <source>Laptops</source>
      <translation>الحواسيب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="102" />
      <source>Enter: approve or decline one waiting for you</source>
      <translation>Enter: الموافقة على طلب بانتظارك أو رفضه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="117" />
      <source>{0} at {1}</source>
      <translation>{0} في {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="120" />
      <source>not yet: {0}</source>
      <translation>ليس بعد: {0}</translation>
    </message>
  </context>
  <context>
    <name>DetailsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="50" />
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Your house and you</source>
      <translation>الدار وأنت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="70" />
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="71" />
      <source>House name</source>
      <translation>اسم الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="72" />
      <source>Server address</source>
      <translation>عنوان الخادم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="73" />
      <source>Enrolment code</source>
      <translation>رمز الانضمام</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="74" />
      <source>Your name</source>
      <translation>اسمك</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="75" />
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="77" />
      <source>Passphrase again</source>
      <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Join your house</source>
      <translation>الانضمام إلى الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="107" />
      <source>Fill in the server address, the code and your name.</source>
      <translation>يُرجى كتابة عنوان الخادم والرمز واسمك.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="109" />
      <source>Fill in the house name and your name.</source>
      <translation>يُرجى كتابة اسم الدار واسمك.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="114" />
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="283" />
      <source>Save a copy…</source>
      <translation>حفظ نسخة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="306" />
      <source>This kind of file cannot be shown here. Save a copy to open it with another program.</source>
      <translation>لا يمكن عرض هذا النوع من الملفات هنا. احفظ نسخة لفتحها ببرنامج آخر.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="310" />
      <source>Added {0}</source>
      <translation>أُضيف في {0}</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="52" />
      <source>Documents (drop a file here to add it)</source>
      <translation>المستندات (أفلت ملفًا هنا لإضافته)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="53" />
      <source>Added</source>
      <translation>أُضيف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="54" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="55" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="157" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="257" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="56" />
      <source>Dated</source>
      <translation>بتاريخ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="58" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="159" />
      <source>Who may open it</source>
      <translation>من يمكنه فتحه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="59" />
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="60" />
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="62" />
      <source>Add a file…</source>
      <translation>إضافة ملف…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="63" />
      <source>Open</source>
      <translation>مفتوح</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="64" />
      <source>Save a copy…</source>
      <translation>حفظ نسخة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="65" />
      <source>Correct…</source>
      <translation>تصحيح…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="66" />
      <source>Remove…</source>
      <translation>إزالة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="82" />
      <source>Pictures</source>
      <translation>الصور</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="133" />
      <source>Closed to your role</source>
      <translation>مغلق أمام دورك</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="134" />
      <source>Not on this laptop yet: fetched when opened</source>
      <translation>ليس على هذا الحاسوب بعد: يُجلب عند الفتح</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="137" />
      <source>{0} KB</source>
      <translation>{0} ك.ب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="138" />
      <source>{0} MB</source>
      <translation>{0} م.ب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="144" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="164" />
      <source>Add a document</source>
      <translation>إضافة مستند</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="145" />
      <source>Pictures and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>صور ومستندات (*.jpg *.jpeg *.png *.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="154" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="255" />
      <source>What it is</source>
      <translation>ما هو</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="158" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="258" />
      <source>Date on the document</source>
      <translation>التاريخ على المستند</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="161" />
      <source>A photo of the young person needs a current consent to photographs.</source>
      <translation>تتطلب صورة الشاب أو الشابة موافقة سارية على التصوير.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="197" />
      <source>Fetching the document from the server…</source>
      <translation>جارٍ جلب المستند من الخادم…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="205" />
      <source>Fetching the document from the server… {0} of {1} parts</source>
      <translation>جارٍ جلب المستند من الخادم… {0} من {1} أجزاء</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="217" />
      <source>This document's content is not on this laptop yet, and the server cannot be reached now. Connect to the house's network, then open it again.</source>
      <translation>محتوى هذا المستند ليس على هذا الحاسوب بعد، ولا يمكن الوصول إلى الخادم الآن. اتصل بشبكة الدار ثم افتحه مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="236" />
      <source>Save a copy</source>
      <translation>حفظ نسخة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="245" />
      <source>A copy in the clear is at {0}. Keep it safe and delete it when done.</source>
      <translation>توجد نسخة غير مشفرة في {0}. احفظها بأمان واحذفها عند الانتهاء.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="254" />
      <source>Correct “{0}”</source>
      <translation>تصحيح «{0}»</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="265" />
      <source>Remove “{0}”</source>
      <translation>إزالة «{0}»</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="266" />
      <source>Why it is removed (kept in the record)</source>
      <translation>سبب الإزالة (يُحفظ في السجل)</translation>
    </message>
  </context>
  <context>
    <name>FaceButton</name>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>chosen</source>
      <translation>مُختار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>not chosen</source>
      <translation>غير مُختار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="65" />
      <source>Mood {0} of 5: {1}</source>
      <translation>المزاج {0} من 5: {1}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="167" />
      <source>Set up SafeHaven</source>
      <translation>إعداد SafeHaven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="181" />
      <source>Joining: fetching the house's records…</source>
      <translation>جارٍ الانضمام: يجري جلب سجلات الدار…</translation>
    </message>
  </context>
  <context>
    <name>GuardedDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="93" />
      <source>Esc again locks SafeHaven at once (what you typed is kept). To close this form, press Cancel.</source>
      <translation>الضغط على Esc مرة أخرى يقفل SafeHaven فورًا (ويُحفظ ما كتبته). لإغلاق هذا النموذج اضغط «إلغاء».</translation>
    </message>
  </context>
  <context>
    <name>HandoverButton</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="59" />
      <source>Since my last shift</source>
      <translation>منذ مناوبتي الأخيرة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="60" />
      <source>New incidents, flags, missed check-ins, sessions, notes and the house log since your last shift ended, and who wrote them</source>
      <translation>الحوادث والإشارات والمتابعات اليومية الفائتة والجلسات والملاحظات وسجل الدار الجديدة منذ انتهاء مناوبتك الأخيرة، ومن كتبها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="75" />
      <source>Since my last shift ({0})</source>
      <translation>منذ مناوبتي الأخيرة ({0})</translation>
    </message>
  </context>
  <context>
    <name>HandoverView</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="90" />
      <location filename="../../src/safehaven/ui/handover.py" line="112" />
      <source>Since my last shift</source>
      <translation>منذ مناوبتي الأخيرة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="93" />
      <location filename="../../src/safehaven/ui/handover.py" line="131" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="94" />
      <location filename="../../src/safehaven/ui/handover.py" line="129" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="95" />
      <source>Who</source>
      <translation>مَن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="96" />
      <source>Detail</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="97" />
      <source>Written by</source>
      <translation>كتبه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="101" />
      <source>Your first shift here: the last day and night, since {0}</source>
      <translation>مناوبتك الأولى هنا: آخر يوم وليلة، منذ {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="102" />
      <source>Since your last shift ended: {0}</source>
      <translation>منذ انتهاء مناوبتك الأخيرة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="105" />
      <source>On shift now: {0}</source>
      <translation>في المناوبة الآن: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="107" />
      <source>Write a handover note…</source>
      <translation>كتابة ملاحظة تسليم المناوبة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="128" />
      <source>Handover note</source>
      <translation>ملاحظة تسليم المناوبة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="133" />
      <source>What the next shift needs to know</source>
      <translation>ما تحتاج المناوبة التالية إلى معرفته</translation>
    </message>
  </context>
  <context>
    <name>HealthForms</name>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="32" />
      <source>No allergies recorded.</source>
      <translation>لا توجد حساسية مسجّلة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="33" />
      <source>ALLERGIES: {0}</source>
      <translation>الحساسية: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="38" />
      <source>Allergies (comma between)</source>
      <translation>الحساسية (بينها فاصلة)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="40" />
      <source>e.g. penicillin, peanuts</source>
      <translation>مثل البنسلين، الفول السوداني</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="41" />
      <source>Reactions, and what to do</source>
      <translation>التفاعلات وما يجب فعله</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="43" />
      <source>Health conditions</source>
      <translation>الحالات الصحية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="45" />
      <source>Doctor or clinic, and how to reach them</source>
      <translation>الطبيب أو العيادة، وكيفية التواصل معهم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="47" />
      <source>Immunisations</source>
      <translation>التطعيمات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="51" />
      <source>Height (cm)</source>
      <translation>الطول (سم)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="53" />
      <source>Weight (kg)</source>
      <translation>الوزن (كغ)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="55" />
      <source>e.g. 41.5</source>
      <translation>مثل 41.5</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="58" />
      <source>Pregnancy (restricted)</source>
      <translation>الحمل (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="64" />
      <source>Medicine</source>
      <translation>الدواء</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="110" />
      <source>Dose</source>
      <translation>الجرعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <source>e.g. 500 mg, 1 tablet, 5 ml</source>
      <translation>مثل 500 ملغ، قرص واحد، 5 مل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="66" />
      <source>How it is taken</source>
      <translation>طريقة الأخذ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="68" />
      <source>Form</source>
      <translation>الشكل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>Strength</source>
      <translation>التركيز</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>e.g. 250 mg/5 ml</source>
      <translation>مثل 250 ملغ/5 مل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="122" />
      <source>Active substances (comma between)</source>
      <translation>المواد الفعالة (بينها فاصلة)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="71" />
      <source>checked against the allergies</source>
      <translation>تُقارن بالحساسية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="72" />
      <source>As needed</source>
      <translation>عند الحاجة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="73" />
      <source>as needed (PRN), not at set times</source>
      <translation>عند الحاجة، لا في أوقات محددة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="120" />
      <source>Times of day</source>
      <translation>أوقات اليوم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <source>e.g. 08:00, 20:00</source>
      <translation>مثل 08:00, 20:00</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="75" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="112" />
      <source>As needed: what for</source>
      <translation>عند الحاجة: لأي غرض</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="76" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="115" />
      <source>As needed: minutes at least between doses</source>
      <translation>عند الحاجة: أقل عدد من الدقائق بين الجرعات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="78" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="117" />
      <source>As needed: most doses in 24 hours</source>
      <translation>عند الحاجة: أقصى عدد من الجرعات في 24 ساعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="80" />
      <source>Prescriber</source>
      <translation>الطبيب الواصف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="81" />
      <source>Starts</source>
      <translation>يبدأ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="82" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="124" />
      <source>Ends</source>
      <translation>ينتهي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="83" />
      <source>Why it was prescribed</source>
      <translation>سبب وصفه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="84" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="125" />
      <source>Instructions</source>
      <translation>التعليمات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="85" />
      <source>Controlled drug</source>
      <translation>دواء خاضع للرقابة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="86" />
      <source>every dose given needs a witness</source>
      <translation>كل جرعة تُعطى تحتاج إلى شاهد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="87" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="126" />
      <source>Units a dose takes from the stock</source>
      <translation>الوحدات التي تأخذها الجرعة من المخزون</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="89" />
      <source>tablets, ml…; 1 when left empty</source>
      <translation>أقراص، مل…؛ 1 إن تُرك فارغًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="93" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="131" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="95" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="133" />
      <source>How many units (tablets, ml)</source>
      <translation>كم وحدة (أقراص، مل)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="98" />
      <source>Batch number</source>
      <translation>رقم الدفعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="99" />
      <source>from the label; a return or disposal may name it</source>
      <translation>من الملصق؛ يمكن ذكره عند الإرجاع أو الإتلاف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="100" />
      <source>Expires (stock received)</source>
      <translation>تنتهي الصلاحية (المخزون المستلم)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="138" />
      <source>Why it is stopped</source>
      <translation>سبب الإيقاف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="139" />
      <source>First day without it</source>
      <translation>أول يوم بدونه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="144" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="171" />
      <source>What happened</source>
      <translation>ما حدث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="153" />
      <source>Scheduled dose</source>
      <translation>الجرعة المجدولة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="177" />
      <source>How it helped (checked later)</source>
      <translation>كيف ساعدت (يُتحقق لاحقًا)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="97" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="156" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="173" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="157" />
      <source>Dose given</source>
      <translation>الجرعة المعطاة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="103" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="160" />
      <source>Witness (controlled drug)</source>
      <translation>الشاهد (دواء خاضع للرقابة)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="162" />
      <source>What it was needed for</source>
      <translation>لماذا احتيج إليها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="163" />
      <source>Why not given (if not given)</source>
      <translation>سبب عدم الإعطاء (إن لم تُعطَ)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="105" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="135" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="164" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="174" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="130" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="170" />
      <source>Why it is corrected</source>
      <translation>سبب التصحيح</translation>
    </message>
  </context>
  <context>
    <name>HealthTab</name>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="55" />
      <source>Health profile…</source>
      <translation>الملف الصحي…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="61" />
      <source>Medicines</source>
      <translation>الأدوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="62" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="85" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="93" />
      <source>Medicine</source>
      <translation>الدواء</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="64" />
      <source>Dose</source>
      <translation>الجرعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="65" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="84" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="92" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="66" />
      <source>Prescriber</source>
      <translation>الطبيب الواصف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="67" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="111" />
      <source>Stock</source>
      <translation>المخزون</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="68" />
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="74" />
      <source>Record a dose…</source>
      <translation>تسجيل جرعة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="76" />
      <source>Add prescription…</source>
      <translation>إضافة وصفة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="77" />
      <source>Edit prescription…</source>
      <translation>تعديل الوصفة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="79" />
      <source>Stock…</source>
      <translation>المخزون…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="81" />
      <source>Stop…</source>
      <translation>إيقاف…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="82" />
      <source>Print this week's chart…</source>
      <translation>طباعة جدول هذا الأسبوع…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="83" />
      <source>Doses (last two weeks)</source>
      <translation>الجرعات (آخر أسبوعين)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="86" />
      <source>What happened</source>
      <translation>ما حدث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="87" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="97" />
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="88" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="98" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="90" />
      <source>Correct or add the effect…</source>
      <translation>تصحيح أو إضافة الأثر…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="91" />
      <source>Stock (last two weeks)</source>
      <translation>المخزون (آخر أسبوعين)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="94" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="95" />
      <source>Units</source>
      <translation>الوحدات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="96" />
      <source>Batch</source>
      <translation>الدفعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="102" />
      <source>Correct…</source>
      <translation>تصحيح…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="110" />
      <source>Doses</source>
      <translation>الجرعات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="130" />
      <source>Prescriptions are copied by clinicians, managers and staff trained to give medicines.</source>
      <translation>ينسخ الوصفات الطبية الأخصائيون والمديرون والموظفون المدرَّبون على إعطاء الأدوية.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="138" />
      <source>Conditions</source>
      <translation>الحالات الصحية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="139" />
      <source>Doctor or clinic</source>
      <translation>الطبيب أو العيادة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="140" />
      <source>Immunisations</source>
      <translation>التطعيمات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="141" />
      <source>Height and weight</source>
      <translation>الطول والوزن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="142" />
      <source>Dietary needs</source>
      <translation>الاحتياجات الغذائية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="143" />
      <source>Pregnancy</source>
      <translation>الحمل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="146" />
      <source>No health profile yet.</source>
      <translation>لا يوجد ملف صحي بعد.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="157" />
      <source>{0} cm</source>
      <translation>{0} سم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="158" />
      <source>{0} kg</source>
      <translation>{0} كغ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="165" />
      <source>as needed: {0}</source>
      <translation>عند الحاجة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="170" />
      <source>stopped {0}</source>
      <translation>أُوقف في {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="171" />
      <source>controlled</source>
      <translation>خاضع للرقابة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="173" />
      <source>until {0}</source>
      <translation>حتى {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="174" />
      <source>current</source>
      <translation>حالي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="182" />
      <source>{0} (count: {1} expected {2})</source>
      <translation>{0} (الجرد: {1}، المتوقع {2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="185" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="191" />
      <source>no batch</source>
      <translation>بدون دفعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="195" />
      <source>{0} EXPIRED {1}</source>
      <translation>{0} منتهي الصلاحية {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="196" />
      <source>{0} until {1}</source>
      <translation>{0} حتى {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="210" />
      <source>effect: {0}</source>
      <translation>الأثر: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="211" />
      <source>corrected: {0}</source>
      <translation>مُصحّح: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="213" />
      <source>witness {0}</source>
      <translation>الشاهد {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="220" />
      <source>Health profile</source>
      <translation>الملف الصحي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="229" />
      <source>Add prescription</source>
      <translation>إضافة وصفة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="237" />
      <source>Edit prescription: {0}</source>
      <translation>تعديل الوصفة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="244" />
      <source>Correct a stock entry</source>
      <translation>تصحيح قيد مخزون</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="251" />
      <source>Stop: {0}</source>
      <translation>إيقاف: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="260" />
      <source>Dose: {0}</source>
      <translation>جرعة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="270" />
      <source>Stock: {0}</source>
      <translation>المخزون: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="279" />
      <source>Correct a dose record</source>
      <translation>تصحيح سجل جرعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="298" />
      <source>Medication chart: {0}</source>
      <translation>جدول الأدوية: {0}</translation>
    </message>
  </context>
  <context>
    <name>HouseSettingsForm</name>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="48" />
      <source>Weeks between case reviews</source>
      <translation>الأسابيع بين مراجعات الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="50" />
      <source>Days a complaint may wait for an answer</source>
      <translation>الأيام التي يمكن أن تنتظر فيها الشكوى ردًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="52" />
      <source>The financial year starts in</source>
      <translation>تبدأ السنة المالية في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="54" />
      <source>for the funder summary</source>
      <translation>لملخص الجهات المموِّلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="55" />
      <source>Largest document (MB)</source>
      <translation>أكبر حجم للمستند (ميغابايت)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="57" />
      <source>Laptops fetch in the background</source>
      <translation>تجلب الحواسيب في الخلفية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="59" />
      <source>the rest of a document comes when it is opened; one laptop may choose less on its Sync page</source>
      <translation>يصل باقي المستند عند فتحه؛ ويمكن لحاسوب أن يختار أقل من ذلك في صفحة المزامنة الخاصة به</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="61" />
      <source>A manager approves</source>
      <translation>يوافق المدير على</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="62" />
      <source>therapy plans</source>
      <translation>خطط العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="63" />
      <source>safety plans</source>
      <translation>خطط السلامة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="64" />
      <source>closures</source>
      <translation>الإغلاقات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="65" />
      <source>First-stage identification decisions</source>
      <translation>قرارات تحديد الهوية في المرحلة الأولى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="67" />
      <source>one a line; a later decision confirms them (the NRM's reasonable grounds, say)</source>
      <translation>واحد في كل سطر؛ يؤكدها قرار لاحق (مثل قرار الأسباب المعقولة في آلية الإحالة الوطنية)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="69" />
      <source>Final identification decisions</source>
      <translation>قرارات تحديد الهوية النهائية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="71" />
      <source>one a line: a shipped decision by its code, the house's own in its words</source>
      <translation>واحد في كل سطر: القرار المرفق برمزه، وقرارات الدار بكلماتها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="73" />
      <source>Restraint techniques</source>
      <translation>تقنيات التقييد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="75" />
      <source>one a line: those the house trains in</source>
      <translation>واحدة في كل سطر: التي تتدرب عليها الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="79" />
      <source>These apply on every laptop of the house. Both lists of decisions or the techniques left empty: the shipped list. Records keep the decision or technique they were made with. The idle-lock limit and the house's language are on the Admin page; retention rules under Retention.</source>
      <translation>تسري على كل حاسوب في الدار. إذا تُركت قائمتا القرارات أو التقنيات فارغة: القائمة المرفقة. تحتفظ السجلات بالقرار أو التقنية التي أُنشئت بها. حد القفل عند الخمول ولغة الدار في صفحة الإدارة؛ وقواعد الاحتفاظ تحت الاحتفاظ.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="85" />
      <source>Only a manager changes the house's settings: you can see them here.</source>
      <translation>يغيّر المدير وحده إعدادات الدار: يمكنك رؤيتها هنا.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="87" />
      <source>House settings</source>
      <translation>إعدادات الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="98" />
      <source>Only a manager changes this.</source>
      <translation>يغيّر المدير وحده هذا.</translation>
    </message>
  </context>
  <context>
    <name>IntakeProfileBox</name>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="24" />
      <source>Trafficking profile now (you may skip it)</source>
      <translation>ملف الاتجار الآن (يمكنك تخطيه)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="37" />
      <source>the country, or its two-letter code</source>
      <translation>البلد، أو رمزه المكوّن من حرفين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="44" />
      <source>Forms of exploitation</source>
      <translation>أشكال الاستغلال</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="45" />
      <source>Country of origin</source>
      <translation>بلد المنشأ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="46" />
      <source>Citizenship</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="47" />
      <source>How they were identified</source>
      <translation>كيف تم التعرف عليه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="48" />
      <source>Identified by</source>
      <translation>تم التعرف عليه من قِبل</translation>
    </message>
  </context>
  <context>
    <name>LegalPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="100" />
      <source>Legal cases (details for clinicians and managers)</source>
      <translation>القضايا القانونية (التفاصيل للأخصائيين والمديرين)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="101" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="102" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="119" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="103" />
      <source>Began</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="104" />
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="105" />
      <source>Lawyer or advocate</source>
      <translation>المحامي أو المُناصِر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="106" />
      <source>Special measures</source>
      <translation>تدابير خاصة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="109" />
      <source>Add case…</source>
      <translation>إضافة قضية…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="110" />
      <source>Edit case…</source>
      <translation>تعديل القضية…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="111" />
      <source>Add hearing…</source>
      <translation>إضافة جلسة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="112" />
      <source>Hearings and appointments</source>
      <translation>الجلسات والمواعيد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="113" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="114" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="115" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="116" />
      <source>Who goes</source>
      <translation>من يرافق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="117" />
      <source>NOBODY YET</source>
      <translation>لا أحد بعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="118" />
      <source>Transport</source>
      <translation>النقل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="121" />
      <source>Who goes…</source>
      <translation>من يرافق…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="123" />
      <source>Edit hearing…</source>
      <translation>تعديل الجلسة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="133" />
      <source>Add a legal case</source>
      <translation>إضافة قضية قانونية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="140" />
      <source>Edit a legal case</source>
      <translation>تعديل قضية قانونية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="147" />
      <source>Add a hearing or appointment</source>
      <translation>إضافة جلسة أو موعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="154" />
      <source>Who goes with the young person</source>
      <translation>من يرافق الشاب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="162" />
      <source>Edit a hearing or appointment</source>
      <translation>تعديل جلسة أو موعد</translation>
    </message>
  </context>
  <context>
    <name>LifeForms</name>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="31" />
      <source>Forms of exploitation</source>
      <translation>أشكال الاستغلال</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="33" />
      <source>all that apply</source>
      <translation>كل ما ينطبق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="34" />
      <source>Country of origin</source>
      <translation>بلد المنشأ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="36" />
      <source>Citizenship</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="37" />
      <source>Where they were exploited</source>
      <translation>أين تم استغلاله</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="38" />
      <source>countries</source>
      <translation>البلدان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="39" />
      <source>When, and for how long</source>
      <translation>متى ولأي مدة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="41" />
      <source>How they were identified</source>
      <translation>كيف تم التعرف عليه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="43" />
      <source>Identified by</source>
      <translation>تم التعرف عليه من قِبل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="44" />
      <source>Immigration status</source>
      <translation>وضع الهجرة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="46" />
      <source>Guardian or advocate</source>
      <translation>الوصي أو المُناصِر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="47" />
      <source>an independent child trafficking guardian, say</source>
      <translation>مثل وصي مستقل لأطفال الاتجار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="48" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="133" />
      <source>How to reach them</source>
      <translation>كيفية التواصل معهم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="57" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="195" />
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="60" />
      <source>Referred or applied on</source>
      <translation>تاريخ الإحالة أو الطلب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="62" />
      <source>Decided on</source>
      <translation>تاريخ القرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="64" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="84" />
      <source>Reference (restricted)</source>
      <translation>المرجع (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="66" />
      <source>Note (restricted)</source>
      <translation>ملاحظة (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="70" />
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="76" />
      <source>Kind of case</source>
      <translation>نوع القضية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="79" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="115" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="172" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="82" />
      <source>Began on</source>
      <translation>بدأت في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="86" />
      <source>Lawyer or advocate, and how to reach them (restricted)</source>
      <translation>المحامي أو المُناصِر وكيفية التواصل معه (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="88" />
      <source>Special measures asked for (restricted)</source>
      <translation>التدابير الخاصة المطلوبة (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="90" />
      <source>screens, a video link, an intermediary…</source>
      <translation>حواجز، اتصال مرئي، وسيط…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="91" />
      <source>Outcome (restricted)</source>
      <translation>النتيجة (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="93" />
      <source>Notes (restricted)</source>
      <translation>ملاحظات (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="99" />
      <source>Who goes with the young person</source>
      <translation>من يرافق الشاب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="101" />
      <source>How they get there</source>
      <translation>كيف يصلون إلى هناك</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="108" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="155" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="109" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="112" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="113" />
      <source>How long (minutes)</source>
      <translation>المدة (بالدقائق)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="118" />
      <source>What it is about, how to prepare (restricted)</source>
      <translation>موضوعها وكيفية الاستعداد (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="124" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="127" />
      <source>School, college or employer</source>
      <translation>المدرسة أو الكلية أو صاحب العمل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="129" />
      <source>Class, year group or trade</source>
      <translation>الصف أو المرحلة أو المهنة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="131" />
      <source>Designated teacher or tutor</source>
      <translation>المعلم المعيّن أو المدرّس الخاص</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="135" />
      <source>Starts</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="137" />
      <source>Ends</source>
      <translation>ينتهي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="142" />
      <source>Week of</source>
      <translation>أسبوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="143" />
      <source>any day of the week</source>
      <translation>أي يوم من الأسبوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="144" />
      <source>Sessions there were</source>
      <translation>الحصص المقررة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="146" />
      <source>Sessions attended</source>
      <translation>الحصص التي حضرها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="147" />
      <source>Why any were missed</source>
      <translation>لماذا فاتته بعض الحصص</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="152" />
      <source>What happened</source>
      <translation>ما الذي حدث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="154" />
      <source>What, in a few words</source>
      <translation>ماذا، بكلمات قليلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="156" />
      <source>Days (an exclusion)</source>
      <translation>الأيام (فصل مؤقت)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="161" />
      <source>The goal, in their own words</source>
      <translation>الهدف بكلماته هو</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="162" />
      <source>With the therapy plan</source>
      <translation>مع خطة العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="165" />
      <source>Set on</source>
      <translation>وُضع في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="170" />
      <source>How it is going, as they say it</source>
      <translation>كيف يسير الأمر كما يقوله</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="174" />
      <source>Reviewed on</source>
      <translation>تاريخ المراجعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="179" />
      <source>What they said, in their words</source>
      <translation>ما قاله بكلماته</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="180" />
      <source>About</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="181" />
      <source>family, school, where to live, court…</source>
      <translation>العائلة، المدرسة، مكان السكن، المحكمة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="182" />
      <source>Said on</source>
      <translation>قيل في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="187" />
      <source>The complaint, in their words</source>
      <translation>الشكوى بكلماته</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="188" />
      <source>Made on</source>
      <translation>قُدّمت في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="193" />
      <source>How it was looked into (restricted)</source>
      <translation>كيف جرى النظر فيها (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="194" />
      <source>What the young person was told (restricted)</source>
      <translation>ما قيل للشاب (مقيّد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="197" />
      <source>Is the young person satisfied?</source>
      <translation>هل الشاب راضٍ؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="199" />
      <source>Answered on</source>
      <translation>تاريخ الرد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="204" />
      <source>Who took part</source>
      <translation>من شارك</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="205" />
      <source>the young person, key worker, therapist…</source>
      <translation>الشاب، المسؤول المرجعي، المعالج…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="206" />
      <source>The young person took part</source>
      <translation>شارك الشاب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="207" />
      <source>What the young person said, in their words</source>
      <translation>ما قاله الشاب/ة، بكلماته/ا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="209" />
      <source>What was decided</source>
      <translation>ما تقرر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="210" />
      <source>Held on</source>
      <translation>عُقدت في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="211" />
      <source>Next review</source>
      <translation>المراجعة القادمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="212" />
      <source>empty: after the house's usual weeks</source>
      <translation>فارغ: بعد الأسابيع المعتادة للبيت</translation>
    </message>
  </context>
  <context>
    <name>LifeTab</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="41" />
      <source>Legal case</source>
      <translation>القضية القانونية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="42" />
      <source>Profile and decisions</source>
      <translation>الملف والقرارات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="43" />
      <source>School</source>
      <translation>المدرسة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="44" />
      <source>Their voice</source>
      <translation>صوته</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="45" />
      <source>Complaints</source>
      <translation>الشكاوى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="46" />
      <source>Reviews</source>
      <translation>المراجعات</translation>
    </message>
  </context>
  <context>
    <name>MeasuresTab</name>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="37" />
      <source>Scores</source>
      <translation>الدرجات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="38" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="39" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="93" />
      <source>Measure</source>
      <translation>المقياس</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="40" />
      <source>Score</source>
      <translation>الدرجة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="42" />
      <source>Band</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="43" />
      <source>Subscales</source>
      <translation>المقاييس الفرعية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="44" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="98" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="113" />
      <source>Given by</source>
      <translation>مَن أعطاها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="47" />
      <source>Record a score…</source>
      <translation>تسجيل درجة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="48" />
      <source>Correct…</source>
      <translation>تصحيح…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="49" />
      <source>Remove (typed in error)</source>
      <translation>إزالة (أُدخلت خطأً)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="50" />
      <source>Add a house scale…</source>
      <translation>إضافة مقياس خاص بالدار…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="52" />
      <source>Scores over time, with each measure's published bands</source>
      <translation>الدرجات عبر الزمن، مع المستويات المنشورة لكل مقياس</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="69" />
      <source>No scores recorded yet.</source>
      <translation>لم تُسجَّل أي درجات بعد.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="77" />
      <source>{0}: one score so far, {1} ({2})</source>
      <translation>{0}: درجة واحدة حتى الآن، {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>improved</source>
      <translation>تحسَّن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>worse</source>
      <translation>تراجَع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="80" />
      <source>no reliable change</source>
      <translation>لا تغيّر موثوق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="82" />
      <source>reliable change not available for this scale</source>
      <translation>التغيّر الموثوق غير متاح لهذا المقياس</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="83" />
      <source>{0}: {1} ({2}) on {3} → {4} ({5}) on {6}: {7}</source>
      <translation>{0}: {1} ({2}) بتاريخ {3} ← {4} ({5}) بتاريخ {6}: {7}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="111" />
      <source>Total score</source>
      <translation>الدرجة الكلية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <source>the total on the publisher's form</source>
      <translation>المجموع المذكور في نموذج الجهة الناشرة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="97" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="112" />
      <source>Taken on</source>
      <translation>تاريخ التطبيق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="115" />
      <source>Subscale scores (optional)</source>
      <translation>درجات المقاييس الفرعية (اختياري)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="100" />
      <source>e.g. intrusion=7, avoidance=3</source>
      <translation>مثلًا: intrusion=7, avoidance=3</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="101" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="117" />
      <source>Note (no item answers)</source>
      <translation>ملاحظة (دون إجابات البنود)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="103" />
      <source>Record a score</source>
      <translation>تسجيل درجة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="119" />
      <source>Correct a score: {0}</source>
      <translation>تصحيح درجة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="130" />
      <source>Name of the scale</source>
      <translation>اسم المقياس</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="131" />
      <source>Lowest score</source>
      <translation>أدنى درجة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="132" />
      <source>Highest score</source>
      <translation>أعلى درجة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="133" />
      <source>Bands (lowest score=label)</source>
      <translation>المستويات (أدنى درجة=التسمية)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="134" />
      <source>e.g. 0=Low, 10=Moderate, 20=High</source>
      <translation>مثلًا: 0=منخفض، 10=متوسط، 20=مرتفع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="135" />
      <source>Direction</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="136" />
      <source>A higher score is better</source>
      <translation>الدرجة الأعلى أفضل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="138" />
      <source>Add a house scale</source>
      <translation>إضافة مقياس خاص بالدار</translation>
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="141" />
      <source>Stabilization needs</source>
      <translation>احتياجات الاستقرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="142" />
      <source>Need</source>
      <translation>الاحتياج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="143" />
      <source>Priority</source>
      <translation>الأولوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="144" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="145" />
      <source>Owner</source>
      <translation>المسؤول/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="146" />
      <source>Due</source>
      <translation>الموعد المستحق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="147" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="150" />
      <source>Add need…</source>
      <translation>إضافة احتياج…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="151" />
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="152" />
      <source>Start</source>
      <translation>البدء</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="153" />
      <source>Close (met or not applicable)…</source>
      <translation>إغلاق (لُبّي أو لا ينطبق)…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="162" />
      <source>Add need</source>
      <translation>إضافة احتياج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="169" />
      <source>Edit need</source>
      <translation>تعديل الاحتياج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="180" />
      <source>Close need: {0}</source>
      <translation>إغلاق الاحتياج: {0}</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="57" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation>حدث خطأ ما ({0})؛ لم يُفقد أي شيء.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="76" />
      <source>Select all rows</source>
      <translation>تحديد كل الصفوف</translation>
    </message>
  </context>
  <context>
    <name>PdfPane</name>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="38" />
      <source>Save as PDF…</source>
      <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="40" />
      <source>Print…</source>
      <translation>طباعة…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="59" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحتان</numerusform>
        <numerusform>%n صفحات</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="73" />
      <source>Save as PDF</source>
      <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="74" />
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="78" />
      <source>Saved to {0}</source>
      <translation>حُفظ في {0}</translation>
    </message>
  </context>
  <context>
    <name>ProfilePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="176" />
      <source>Trafficking profile…</source>
      <translation>ملف الاتجار…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="180" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="224" />
      <source>Trafficking profile</source>
      <translation>ملف الاتجار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="183" />
      <source>Identification and status decisions</source>
      <translation>قرارات التعرّف والوضع القانوني</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="184" />
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="185" />
      <source>Outcome</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="186" />
      <source>Referred</source>
      <translation>تاريخ الإحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="187" />
      <source>Decided</source>
      <translation>تاريخ القرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="188" />
      <source>Reference</source>
      <translation>المرجع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="190" />
      <source>Add decision…</source>
      <translation>إضافة قرار…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="191" />
      <source>Record the decision…</source>
      <translation>تسجيل القرار…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="205" />
      <source>No trafficking profile yet.</source>
      <translation>لا يوجد ملف الاتجار بعد.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="207" />
      <source>Forms of exploitation</source>
      <translation>أشكال الاستغلال</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="209" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="211" />
      <source>Where and when</source>
      <translation>أين ومتى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="213" />
      <source>Identified</source>
      <translation>التعرّف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="215" />
      <source>Immigration status</source>
      <translation>وضع الهجرة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="216" />
      <source>Guardian or advocate</source>
      <translation>الوصي أو المُناصِر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="229" />
      <source>Add a decision</source>
      <translation>إضافة قرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="236" />
      <source>Record the decision</source>
      <translation>تسجيل القرار</translation>
    </message>
  </context>
  <context>
    <name>ReceiveDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="87" />
      <source>Receive a transfer</source>
      <translation>استلام نقل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="88" />
      <source>Open a transfer file…</source>
      <translation>فتح ملف نقل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="90" />
      <source>Open the file the sending house gave you.</source>
      <translation>افتح الملف الذي سلّمتك إياه الدار المُرسِلة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="93" />
      <source>Why it is declined</source>
      <translation>سبب الرفض</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="94" />
      <source>Accept…</source>
      <translation>قبول…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="96" />
      <source>Decline…</source>
      <translation>رفض…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="123" />
      <source>Transfer file</source>
      <translation>ملف النقل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="132" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="179" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="184" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>حدث خطأ ({0})؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="136" />
      <source>{0}, from {1} ({2}), signed by {3}.</source>
      <translation>{0}، من {1} ({2})، وقّعه {3}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="139" />
      <source>Signer's fingerprint: {0}</source>
      <translation>بصمة الموقِّع: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="140" />
      <source>Records: {0} · documents: {1}</source>
      <translation>السجلات: {0} · المستندات: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="143" />
      <source>This transfer was already accepted or declined here.</source>
      <translation>قُبل هذا النقل أو رُفض هنا من قبل.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="154" />
      <source>Say why it is declined.</source>
      <translation>اذكر سبب الرفض.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="156" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="161" />
      <source>Accept the transfer</source>
      <translation>قبول النقل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="157" />
      <source>Is {0} the fingerprint the sending house's manager read to you?</source>
      <translation>هل {0} هي البصمة التي قرأها لك مدير الدار المُرسِلة؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="164" />
      <source>Save the receipt for the sending house</source>
      <translation>حفظ إشعار الاستلام للدار المُرسِلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="168" />
      <source>{0} is now a resident of this house. Give the receipt ({1}) to the sending house.</source>
      <translation>{0} الآن مقيم/ة في هذه الدار. سلّم إشعار الاستلام ({1}) للدار المُرسِلة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="170" />
      <source>Declined. Give the receipt ({0}) to the sending house.</source>
      <translation>رُفض. سلّم إشعار الاستلام ({0}) للدار المُرسِلة.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="263" />
      <source>Discard this record? What you typed will be lost.</source>
      <translation>هل تريد تجاهل هذا السجل؟ سيضيع ما كتبته.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="147" />
      <source>Save (Ctrl+Enter)</source>
      <translation>حفظ (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="127" />
      <source>{0} ({1}–{2})</source>
      <translation>{0} ({1}–{2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="310" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation>حدث خطأ ما ({0})؛ لم يُفقد أي شيء.</translation>
    </message>
  </context>
  <context>
    <name>RecordReceipt</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="196" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="212" />
      <source>Transfer receipt</source>
      <translation>إشعار استلام النقل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="202" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="218" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>حدث خطأ ({0})؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="206" />
      <source>{0} accepted {1}: the case will close as transferred.</source>
      <translation>قبلت {0} {1}: ستُغلق الحالة بوصفها منقولة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="208" />
      <source>{0} declined {1}: the case stays open.</source>
      <translation>رفضت {0} {1}: تبقى الحالة مفتوحة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="210" />
      <source>{0}

Signed by {1}. Fingerprint of {2}'s card: {3}

Record it?</source>
      <translation>{0}

وقّعه {1}. بصمة بطاقة {2}: {3}

هل تسجّله؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="216" />
      <source>The receipt was recorded.</source>
      <translation>سُجّل إشعار الاستلام.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="124" />
      <source>Your recovery key</source>
      <translation>مفتاح الاستعادة الخاص بك</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="131" />
      <source>Print</source>
      <translation>طباعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="133" />
      <source>I have written it down and will keep it locked away</source>
      <translation>لقد دوَّنته وسأحفظه في مكان مقفل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="136" />
      <source>If every passphrase is forgotten, this key is the only way back into the records. It is shown only once. Write it down or print it, and keep it locked away from this laptop.</source>
      <translation>إذا نُسيت كل عبارات المرور، فهذا المفتاح هو الطريقة الوحيدة للعودة إلى السجلات. لن يظهر إلا مرة واحدة. يُرجى تدوينه أو طباعته وحفظه في مكان مقفل بعيدًا عن هذا الحاسوب المحمول.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="152" />
      <source>SafeHaven recovery key</source>
      <translation>مفتاح الاستعادة لـ SafeHaven</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="378" />
      <source>Referrals and hand-offs</source>
      <translation>الإحالات وعمليات التسليم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="379" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="380" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="381" />
      <source>Service</source>
      <translation>الجهة الخدمية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="383" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>Hand-off</source>
      <translation>التسليم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>{0}: with {1}, received by {2}</source>
      <translation>بتاريخ {0}: بمرافقة {1}، واستلمه/استلمها {2}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="388" />
      <source>Add referral…</source>
      <translation>إضافة إحالة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="390" />
      <source>Update…</source>
      <translation>تحديث…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="392" />
      <source>Hand-off summary…</source>
      <translation>ملخص التسليم…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="394" />
      <source>Follow-up contacts</source>
      <translation>تواصلات المتابعة اللاحقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="395" />
      <source>Due</source>
      <translation>الموعد المستحق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="396" />
      <source>Done</source>
      <translation>تمَّ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="397" />
      <source>Spoke with</source>
      <translation>جرى الحديث مع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="398" />
      <source>Risk</source>
      <translation>الخطر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="399" />
      <source>Signs</source>
      <translation>العلامات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="402" />
      <source>Plan follow-ups…</source>
      <translation>التخطيط للمتابعة اللاحقة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="403" />
      <source>Record contact…</source>
      <translation>تسجيل تواصل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="415" />
      <source>OVERDUE</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="418" />
      <source>Add referral</source>
      <translation>إضافة إحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="425" />
      <source>Update referral</source>
      <translation>تحديث الإحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="435" />
      <source>Hand-off summary</source>
      <translation>ملخص التسليم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="450" />
      <source>Include the legal name</source>
      <translation>تضمين الاسم القانوني</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="451" />
      <source>Include the clinical notes</source>
      <translation>تضمين الملاحظات السريرية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="452" />
      <source>Include the legal case's details and how they were exploited</source>
      <translation>تضمين تفاصيل القضية القانونية وكيفية استغلاله</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="462" />
      <source>Share only what the receiving service needs and the young person has agreed to.</source>
      <translation>لا تشارك إلا ما تحتاج إليه الجهة المستقبِلة وما وافق عليه اليافع/ة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="464" />
      <source>Receiving service (leave empty for the house's own file):</source>
      <translation>الجهة المستقبِلة (اتركها فارغة لملف الدار):</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="488" />
      <source>No consent names this service</source>
      <translation>لا توجد موافقة تُسمّي هذه الجهة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="491" />
      <source>Why must it be shared anyway?</source>
      <translation>لماذا يجب مشاركته رغم ذلك؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="517" />
      <source>Hand-off summary: {0}</source>
      <translation>ملخص التسليم: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="523" />
      <source>Plan follow-up contacts</source>
      <translation>التخطيط لتواصلات المتابعة اللاحقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="530" />
      <source>Follow-up contact due {0}</source>
      <translation>تواصل المتابعة اللاحقة مستحق في {0}</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="29" />
      <source>Weekly house report</source>
      <translation>التقرير الأسبوعي للدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="30" />
      <source>Funder summary (de-identified)</source>
      <translation>ملخص للجهات المموِّلة (دون بيانات تعريفية)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="34" />
      <source>Make report</source>
      <translation>إعداد التقرير</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="43" />
      <source>Reports</source>
      <translation>التقارير</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="64" />
      <source>{0} (from {1})</source>
      <translation>الأسبوع {0} (منذ {1})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="67" />
      <source>in progress</source>
      <translation>قيد التنفيذ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="82" />
      <source>Financial year from {0}</source>
      <translation>السنة المالية من {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="92" />
      <source>Only managers print or save the weekly report: it shows every child's flags and incidents.</source>
      <translation>المديرون وحدهم يطبعون التقرير الأسبوعي أو يحفظونه: فهو يعرض إشارات الخطر والحوادث لكل طفل.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="101" />
      <source>Making the report…</source>
      <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="119" />
      <source>The choice changed while it was made: make the report again.</source>
      <translation>تغيّر الاختيار أثناء إعداده: أعد إعداد التقرير.</translation>
    </message>
  </context>
  <context>
    <name>ResidentPage</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="60" />
      <source>← Residents</source>
      <translation>→ المقيمون</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="65" />
      <source>Check in</source>
      <translation>تسجيل متابعة يومية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="68" />
      <source>Move stage…</source>
      <translation>نقل إلى مرحلة أخرى…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="232" />
      <source>Edit profile…</source>
      <translation>تعديل الملف الشخصي…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="92" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="95" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="96" />
      <source>Who</source>
      <translation>مَن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="97" />
      <source>Text</source>
      <translation>النص</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="101" />
      <source>Profile</source>
      <translation>الملف الشخصي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="103" />
      <source>Needs</source>
      <translation>الاحتياجات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="105" />
      <source>Check-ins</source>
      <translation>المتابعات اليومية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="106" />
      <source>Safety</source>
      <translation>الأمان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="109" />
      <source>Therapy</source>
      <translation>العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="113" />
      <source>Measures</source>
      <translation>المقاييس</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="115" />
      <source>Consent &amp;&amp; adults</source>
      <translation>الموافقة والبالغون</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals &amp;&amp; follow-up</source>
      <translation>الإحالات والمتابعة اللاحقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="119" />
      <source>Notes &amp;&amp; timeline</source>
      <translation>الملاحظات والتسلسل الزمني</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="104" />
      <source>Check-ins</source>
      <comment>short tab title</comment>
      <translation>المتابعات اليومية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="72" />
      <source>Close case…</source>
      <translation>إغلاق الحالة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="75" />
      <source>Transfer…</source>
      <translation>نقل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="76" />
      <source>Transfer to another house of the organisation</source>
      <translation>النقل إلى دار أخرى في المنظمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="244" />
      <source>About them</source>
      <translation>عنه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="248" />
      <source>Documents</source>
      <translation>المستندات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="102" />
      <source>Profile, legal case, school and their own voice</source>
      <translation>الملف والقضية القانونية والمدرسة وصوته هو</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="107" />
      <source>Health</source>
      <translation>الصحة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="108" />
      <source>Health and medicines</source>
      <translation>الصحة والأدوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="114" />
      <source>Consent</source>
      <translation>الموافقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals</source>
      <translation>الإحالات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="118" />
      <source>Notes</source>
      <translation>الملاحظات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="258" />
      <source>Mood over the last 30 days</source>
      <translation>المزاج خلال آخر 30 يومًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="267" />
      <source>Write a note…</source>
      <translation>اكتب ملاحظة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="269" />
      <source>Save note</source>
      <translation>حفظ الملاحظة</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/resident_detail.py" line="299" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n سنة</numerusform>
        <numerusform>%n سنة</numerusform>
        <numerusform>%n سنتان</numerusform>
        <numerusform>%n سنوات</numerusform>
        <numerusform>%n سنة</numerusform>
        <numerusform>%n سنة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="302" />
      <source>needs an interpreter</source>
      <translation>يحتاج/تحتاج إلى مترجم/ة شفهي/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="327" />
      <source>Preferred name</source>
      <translation>الاسم المفضَّل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>Legal name</source>
      <translation>الاسم القانوني</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>not recorded</source>
      <translation>غير مسجَّل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="331" />
      <source>Date of birth</source>
      <translation>تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="332" />
      <source>estimated age {0}</source>
      <translation>العمر التقديري {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="333" />
      <source>Gender</source>
      <translation>النوع الاجتماعي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="334" />
      <source>Pronouns</source>
      <translation>الضمائر المفضَّلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="335" />
      <source>Languages</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>Interpreter</source>
      <translation>المترجم/ة الشفهي/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="337" />
      <source>not needed</source>
      <translation>غير مطلوب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="338" />
      <source>Cultural and faith notes</source>
      <translation>ملاحظات ثقافية ودينية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="339" />
      <source>Dietary needs</source>
      <translation>الاحتياجات الغذائية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="340" />
      <source>Intake</source>
      <translation>الاستقبال</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="341" />
      <source>Referral source</source>
      <translation>جهة الإحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="343" />
      <source>Key worker</source>
      <translation>الشخص المرجعي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="379" />
      <source>Clinical note</source>
      <translation>ملاحظة سريرية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Amended note</source>
      <translation>ملاحظة معدَّلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="383" />
      <source>Stage: {0}</source>
      <translation>المرحلة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="391" />
      <source>House log: {0}</source>
      <translation>سجل الدار: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="394" />
      <source>Referral ({0})</source>
      <translation>إحالة ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="425" />
      <source>Move stage</source>
      <translation>نقل إلى مرحلة أخرى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="426" />
      <source>{0} is now in: {1}</source>
      <translation>أصبح/أصبحت {0} الآن في مرحلة: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="451" />
      <source>Profile: {0}</source>
      <translation>الملف الشخصي: {0}</translation>
    </message>
  </context>
  <context>
    <name>ResidentsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="56" />
      <source>Preferred name</source>
      <translation>الاسم المفضَّل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="58" />
      <source>Age</source>
      <translation>العمر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Closed {0}</source>
      <translation>مغلقة في {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="63" />
      <source>Days since intake</source>
      <translation>الأيام منذ الاستقبال</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="65" />
      <source>Last check-in</source>
      <translation>آخر متابعة يومية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="68" />
      <source>Open needs</source>
      <translation>الاحتياجات المفتوحة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="69" />
      <source>Next session</source>
      <translation>الجلسة القادمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="75" />
      <source>Search by name…</source>
      <translation>البحث بالاسم…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="77" />
      <source>Search residents by name</source>
      <translation>البحث عن المقيمين بالاسم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="79" />
      <source>Clear the search</source>
      <translation>مسح البحث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="84" />
      <source>All stages</source>
      <translation>كل المراحل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Open cases</source>
      <translation>الحالات المفتوحة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Closed cases</source>
      <translation>الحالات المغلقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="91" />
      <source>Open and closed</source>
      <translation>المفتوحة والمغلقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="93" />
      <source>Show open or closed cases</source>
      <translation>عرض الحالات المفتوحة أو المغلقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="96" />
      <source>Add resident…</source>
      <translation>إضافة مقيم/ة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="98" />
      <source>Search notes…</source>
      <translation>البحث في الملاحظات…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="99" />
      <source>Search the notes, check-ins, incidents and house log (Ctrl+F)</source>
      <translation>البحث في الملاحظات والمتابعات اليومية والحوادث وسجل الدار (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="118" />
      <source>Residents</source>
      <translation>المقيمون</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/residents.py" line="162" />
      <source>{0} of %n resident(s)</source>
      <translation>
        <numerusform>المقيمون: {0} من أصل %n</numerusform>
        <numerusform>المقيمون: {0} من أصل %n</numerusform>
        <numerusform>المقيمون: {0} من أصل %n</numerusform>
        <numerusform>المقيمون: {0} من أصل %n</numerusform>
        <numerusform>المقيمون: {0} من أصل %n</numerusform>
        <numerusform>المقيمون: {0} من أصل %n</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="191" />
      <source>Save a new record anyway?</source>
      <translation>هل تريد حفظ سجل جديد على أي حال؟</translation>
    </message>
  </context>
  <context>
    <name>RestraintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="25" />
      <source>Restraints and physical interventions</source>
      <translation>حالات التقييد والتدخل الجسدي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="26" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="28" />
      <source>Technique</source>
      <translation>الأسلوب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="29" />
      <source>Minutes</source>
      <translation>الدقائق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="30" />
      <source>What led to it</source>
      <translation>ما الذي أدى إليه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="31" />
      <source>Debrief</source>
      <translation>جلسة المراجعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>Review</source>
      <translation>المراجعة الإدارية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>done</source>
      <translation>تمت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="33" />
      <source>DUE: a manager</source>
      <translation>مستحقة: مدير</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="36" />
      <source>Record a restraint…</source>
      <translation>تسجيل تقييد…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="37" />
      <source>Debrief…</source>
      <translation>جلسة المراجعة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="38" />
      <source>Manager's review…</source>
      <translation>مراجعة المدير…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="40" />
      <source>Correct…</source>
      <translation>تصحيح…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="52" />
      <source>DUE by {0}</source>
      <translation>مستحقة قبل {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="58" />
      <source>Record a restraint</source>
      <translation>تسجيل تقييد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="69" />
      <source>Debrief after a restraint</source>
      <translation>جلسة مراجعة بعد تقييد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="76" />
      <source>Manager's review of a restraint</source>
      <translation>مراجعة المدير لتقييد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="83" />
      <source>Correct a restraint record</source>
      <translation>تصحيح سجل تقييد</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="321" />
      <source>Retention</source>
      <translation>الاحتفاظ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="325" />
      <source>Due</source>
      <translation>الاستحقاق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="326" />
      <location filename="../../src/safehaven/ui/supervision.py" line="436" />
      <source>Young person</source>
      <translation>الشاب/الشابة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="327" />
      <source>Records</source>
      <translation>السجلات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="328" />
      <source>Closed</source>
      <translation>أُغلقت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="329" />
      <location filename="../../src/safehaven/ui/supervision.py" line="435" />
      <source>Legal hold</source>
      <translation>الحجز القانوني</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="336" />
      <source>Whose law the defaults follow</source>
      <translation>القانون الذي تتبعه القيم الافتراضية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="338" />
      <source>Place a legal hold…</source>
      <translation>وضع حجز قانوني…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="340" />
      <source>Lift the hold</source>
      <translation>رفع الحجز</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="341" />
      <location filename="../../src/safehaven/ui/supervision.py" line="408" />
      <source>Choose a held line in the list first.</source>
      <translation>اختر أولًا سطرًا محجوزًا من القائمة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="343" />
      <source>Destroy…</source>
      <translation>إتلاف…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="344" />
      <source>Ask for the chosen young person's records to be destroyed; a second manager approves</source>
      <translation>طلب إتلاف سجلات الشاب أو الشابة المختار؛ يوافق مدير ثانٍ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="347" />
      <source>Destructions…</source>
      <translation>طلبات الإتلاف…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="348" />
      <source>Destructions asked for, and which laptops have erased the records</source>
      <translation>طلبات الإتلاف، وأي الحواسيب محت السجلات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="354" />
      <source>Destroying a young person's records needs two managers, reaches every laptop and the server, and cannot be undone; a legal hold keeps them whatever the date.</source>
      <translation>يتطلب إتلاف سجلات شاب أو شابة مديرَين، ويصل إلى كل حاسوب وإلى الخادم، ولا يمكن التراجع عنه؛ والحجز القانوني يحفظها مهما كان التاريخ.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="362" />
      <source>Defaults of:</source>
      <translation>القيم الافتراضية لـ:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="389" />
      <source>Rules ({0}): {1}. Listed: due now or within a year.</source>
      <translation>القواعد ({0}): {1}. المدرج: المستحق الآن أو خلال سنة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>none chosen</source>
      <translation>لم يُختر شيء</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>England</source>
      <translation>إنجلترا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="397" />
      <source>Scotland</source>
      <translation>اسكتلندا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="419" />
      <source>Choose a line that is not held in the list first.</source>
      <translation>اختر أولاً سطراً غير محجوز من القائمة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="437" />
      <source>Why the records are kept</source>
      <translation>سبب الاحتفاظ بالسجلات</translation>
    </message>
  </context>
  <context>
    <name>ReviewsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="195" />
      <source>Case reviews</source>
      <translation>مراجعات الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="196" />
      <source>Held on</source>
      <translation>عُقدت في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="197" />
      <source>Who took part</source>
      <translation>من شارك</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="198" />
      <source>Decisions</source>
      <translation>القرارات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="199" />
      <source>Next review</source>
      <translation>المراجعة القادمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="202" />
      <source>Review sheet…</source>
      <translation>ورقة المراجعة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="203" />
      <source>Record a review…</source>
      <translation>تسجيل مراجعة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="211" />
      <source>Record a case review</source>
      <translation>تسجيل مراجعة حالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="227" />
      <source>Case review: {0}</source>
      <translation>مراجعة الحالة: {0}</translation>
    </message>
  </context>
  <context>
    <name>SafeguardingForms</name>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="27" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="28" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="52" />
      <source>Who they are to the young person</source>
      <translation>صلته/ا بالشاب/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="30" />
      <source>trafficker, recruiter, father, a friend of the family…</source>
      <translation>متاجر، مُجنِّد، الأب، صديق للعائلة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="31" />
      <source>Other names they use</source>
      <translation>أسماء أخرى يستخدمها/تستخدمها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="33" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="36" />
      <source>separated by commas</source>
      <translation>مفصولة بفواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="34" />
      <source>Phone numbers</source>
      <translation>أرقام الهاتف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="37" />
      <source>What they look like, the car they drive</source>
      <translation>المظهر، السيارة التي يقودها/تقودها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="41" />
      <source>Why (restricted: staff are warned, not told why)</source>
      <translation>السبب (مقيد: يُحذَّر الفريق دون معرفة السبب)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="49" />
      <source>How</source>
      <translation>كيف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="51" />
      <source>Who (their name as given)</source>
      <translation>من (الاسم كما ذُكر)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="54" />
      <source>Phone number</source>
      <translation>رقم الهاتف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="55" />
      <source>Supervised by</source>
      <translation>بإشراف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="57" />
      <source>Why they came or called</source>
      <translation>لماذا جاء/ت أو اتصل/ت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="59" />
      <source>How it went, and what the young person said</source>
      <translation>كيف جرى الأمر وماذا قال/ت الشاب/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="61" />
      <source>Allowed</source>
      <translation>مسموح</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="62" />
      <source>Allowed (clear it if turned away or not put through)</source>
      <translation>مسموح (ألغِ/ألغي التحديد إذا رُفض الدخول أو لم تُحوَّل المكالمة)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="63" />
      <source>Unknown person</source>
      <translation>شخص مجهول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="65" />
      <source>Someone the house does not know</source>
      <translation>شخص لا تعرفه الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="68" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="103" />
      <source>Why it is corrected</source>
      <translation>سبب التصحيح</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="81" />
      <source>Began at</source>
      <translation>بدأ في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="83" />
      <source>How long (minutes)</source>
      <translation>المدة (بالدقائق)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="85" />
      <source>What led to it</source>
      <translation>ما الذي أدى إليه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="87" />
      <source>Technique</source>
      <translation>الأسلوب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="90" />
      <source>What was done, in plain words</source>
      <translation>ما الذي تم، بكلمات بسيطة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="92" />
      <source>Held by</source>
      <translation>أمسكه/ا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="93" />
      <source>Who else was present</source>
      <translation>من كان حاضرًا أيضًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="95" />
      <source>Injuries to the young person</source>
      <translation>إصابات الشاب/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="97" />
      <source>Injuries to staff</source>
      <translation>إصابات الفريق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="99" />
      <source>Checked afterwards by, and what they found</source>
      <translation>فحصه/ا بعد ذلك، وماذا وجد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="109" />
      <source>Held at</source>
      <translation>أُجريت في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="110" />
      <source>What the young person said, in their words</source>
      <translation>ما قاله الشاب/ة، بكلماته/ا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="112" />
      <source>Talked it through with them</source>
      <translation>تحدث/ت معه/ا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="113" />
      <source>if not you</source>
      <translation>إن لم تكن/تكوني أنت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="118" />
      <source>Necessary and proportionate? What was learnt</source>
      <translation>هل كان ضروريًا ومتناسبًا؟ ما الدروس المستفادة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="120" />
      <source>What follows</source>
      <translation>ما التالي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="126" />
      <source>Seen at</source>
      <translation>شوهد/ت في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="127" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="128" />
      <source>Seen by</source>
      <translation>رآه/ا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="129" />
      <source>a staff member, a teacher, the police, a neighbour…</source>
      <translation>أحد أفراد الفريق، معلم، الشرطة، جار…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="130" />
      <source>With whom, how they seemed, which way they went</source>
      <translation>مع من، كيف بدا/بدت، أي اتجاه سلك/ت</translation>
    </message>
  </context>
  <context>
    <name>SafetyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="44" />
      <source>Incidents</source>
      <translation>الحوادث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="45" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="47" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="48" />
      <source>Who was told</source>
      <translation>مَن أُبلغ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="50" />
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="51" />
      <source>What happened</source>
      <translation>ما الذي حدث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="55" />
      <source>Record incident…</source>
      <translation>تسجيل حادثة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="56" />
      <source>Missing from care…</source>
      <translation>غياب دون إذن…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="57" />
      <source>Acknowledge</source>
      <translation>تأكيد الاطِّلاع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="58" />
      <source>Close…</source>
      <translation>إغلاق…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="59" />
      <source>Sighting…</source>
      <translation>مشاهدة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="60" />
      <source>Returned…</source>
      <translation>عاد/ت…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="61" />
      <source>Return interview…</source>
      <translation>مقابلة العودة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="62" />
      <source>Sheet for the police…</source>
      <translation>صفحة للشرطة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="66" />
      <source>Safety plan…</source>
      <translation>خطة الأمان…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="69" />
      <source>Print for the young person…</source>
      <translation>طباعة نسخة لليافع/ة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="70" />
      <source>One page in their language, when SafeHaven has it</source>
      <translation>صفحة واحدة بلغته/بلغتها، إن كانت متوفرة في SafeHaven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="75" />
      <location filename="../../src/safehaven/ui/safety_tab.py" line="128" />
      <source>Safety plan</source>
      <translation>خطة الأمان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="91" />
      <source>Incidents and safety plan</source>
      <translation>الحوادث وخطة السلامة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="92" />
      <source>Visits and contacts</source>
      <translation>الزيارات والتواصلات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="94" />
      <source>Restraints</source>
      <translation>التقييد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="114" />
      <source>No safety plan yet.</source>
      <translation>لا توجد خطة أمان بعد.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="116" />
      <source>Warning signs</source>
      <translation>علامات الإنذار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="117" />
      <source>What helps</source>
      <translation>ما الذي يساعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="118" />
      <source>Safe people and places</source>
      <translation>أشخاص وأماكن آمنة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>To avoid</source>
      <translation>ما يجب تجنُّبه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>Whom to call</source>
      <translation>بمَن يُتَّصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="122" />
      <source>Reviewed {0}; next review {1}</source>
      <translation>رُوجعت في {0}؛ المراجعة القادمة في {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="139" />
      <source>Safety plan: {0}</source>
      <translation>خطة الأمان: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="145" />
      <source>MISSING: not yet back</source>
      <translation>غائب/ة: لم يعد/تعد بعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="148" />
      <source>back {0}; return interview due by {1}</source>
      <translation>عاد/ت {0}؛ مقابلة العودة مستحقة قبل {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="151" />
      <source>closed {0}</source>
      <translation>أُغلقت في {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="153" />
      <source>acknowledged by {0}</source>
      <translation>اطَّلع عليها {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="154" />
      <source>OPEN: not yet acknowledged</source>
      <translation>مفتوحة: لم يُؤكَّد الاطِّلاع عليها بعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="159" />
      <source>Record incident</source>
      <translation>تسجيل حادثة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="169" />
      <source>Choose a missing-from-care incident.</source>
      <translation>اختر/ي حادثة غياب دون إذن.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="178" />
      <source>Sighting while missing</source>
      <translation>مشاهدة أثناء الغياب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="186" />
      <source>Back from missing</source>
      <translation>العودة بعد الغياب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="193" />
      <source>Return interview</source>
      <translation>مقابلة العودة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="209" />
      <source>Missing person: {0}</source>
      <translation>شخص مفقود: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="222" />
      <source>Close incident: {0}</source>
      <translation>إغلاق الحادثة: {0}</translation>
    </message>
  </context>
  <context>
    <name>SchedulePage</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="52" />
      <location filename="../../src/safehaven/ui/schedule.py" line="65" />
      <source>Day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="54" />
      <location filename="../../src/safehaven/ui/schedule.py" line="67" />
      <source>Time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="55" />
      <location filename="../../src/safehaven/ui/schedule.py" line="68" />
      <source>Resident</source>
      <translation>المقيم/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="56" />
      <location filename="../../src/safehaven/ui/schedule.py" line="197" />
      <source>Therapy</source>
      <translation>العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="57" />
      <source>Provider</source>
      <translation>مقدِّم/ة العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="58" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="69" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="70" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="71" />
      <source>Who goes</source>
      <translation>من يرافق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="72" />
      <source>NOBODY YET</source>
      <translation>لا أحد بعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>← Previous week</source>
      <translation>→ الأسبوع السابق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>This week</source>
      <translation>هذا الأسبوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="84" />
      <source>Next week →</source>
      <translation>الأسبوع التالي ←</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="90" />
      <source>Attended</source>
      <translation>حضر/حضرت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="91" />
      <source>Missed</source>
      <translation>لم يحضر/تحضر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="92" />
      <source>Cancelled by provider</source>
      <translation>ألغاها مقدِّم/ة العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="94" />
      <source>Cancelled by resident</source>
      <translation>ألغاها المقيم/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="99" />
      <source>Reschedule…</source>
      <translation>تغيير الموعد…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="101" />
      <source>Book a session…</source>
      <translation>حجز جلسة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="103" />
      <source>Book a group session…</source>
      <translation>حجز جلسة جماعية…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="110" />
      <source>Court and appointments this week</source>
      <translation>المحكمة والمواعيد هذا الأسبوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="127" />
      <source>Week of {0} to {1}</source>
      <translation>الأسبوع من {0} إلى {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="143" />
      <source>Group: {0}</source>
      <translation>المجموعة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="155" />
      <source>Cancel session</source>
      <translation>إلغاء الجلسة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="156" />
      <location filename="../../src/safehaven/ui/schedule.py" line="169" />
      <source>Why was it cancelled?</source>
      <translation>لماذا أُلغيت؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="168" />
      <source>Cancel group session</source>
      <translation>إلغاء الجلسة الجماعية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="180" />
      <source>Attendance: {0}</source>
      <translation>الحضور: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="181" />
      <source>Present (the others were absent)</source>
      <translation>الحاضرون (الآخرون كانوا غائبين)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="200" />
      <source>Name of the group</source>
      <translation>اسم المجموعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="201" />
      <source>e.g. Thursday circle</source>
      <translation>مثلًا: حلقة الخميس</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="202" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="203" />
      <source>Minutes</source>
      <translation>الدقائق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="205" />
      <source>Residents</source>
      <translation>المقيمون</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="206" />
      <source>each on an open plan of this therapy</source>
      <translation>لكلٍّ منهم خطة مفتوحة لهذا العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="207" />
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="208" />
      <source>Led by</source>
      <translation>بإدارة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="210" />
      <source>Book a group session</source>
      <translation>حجز جلسة جماعية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="221" />
      <source>A group session is not moved: cancel it and book a new one.</source>
      <translation>لا يُغيَّر موعد الجلسة الجماعية: يُرجى إلغاؤها وحجز جلسة جديدة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="228" />
      <source>Reschedule</source>
      <translation>تغيير الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="229" />
      <source>Why is it moving?</source>
      <translation>لماذا يتغيَّر الموعد؟</translation>
    </message>
  </context>
  <context>
    <name>SchoolPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="51" />
      <source>School and training</source>
      <translation>المدرسة والتدريب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="52" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="53" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="54" />
      <source>Class or trade</source>
      <translation>الصف أو المهنة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="55" />
      <source>Designated teacher</source>
      <translation>المعلم المعيّن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="56" />
      <source>Contact</source>
      <translation>جهة الاتصال</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="57" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="58" />
      <source>Until</source>
      <translation>حتى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="61" />
      <source>Add placement…</source>
      <translation>إضافة مكان دراسي…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="62" />
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="63" />
      <source>Week's attendance…</source>
      <translation>حضور الأسبوع…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="64" />
      <source>Achievement or exclusion…</source>
      <translation>إنجاز أو فصل مؤقت…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="66" />
      <source>Attendance and what happened</source>
      <translation>الحضور وما حدث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="67" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="68" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="69" />
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="78" />
      <source>Attended {0} of {1} sessions</source>
      <translation>حضر {0} من {1} حصة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="81" />
      <source>{0} ({1} days)</source>
      <translation>{0} ({1} أيام)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="86" />
      <source>Add a school or training placement</source>
      <translation>إضافة مكان دراسي أو تدريبي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="94" />
      <source>Edit a placement</source>
      <translation>تعديل مكان دراسي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="101" />
      <source>Attendance in a week</source>
      <translation>الحضور في أسبوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="108" />
      <source>Achievement, qualification or exclusion</source>
      <translation>إنجاز أو مؤهل أو فصل مؤقت</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="54" />
      <source>Search notes</source>
      <translation>البحث في الملاحظات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="57" />
      <source>Words in notes, check-ins, incidents, the house log…</source>
      <translation>كلمات في الملاحظات والمتابعات اليومية والحوادث وسجل الدار…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="59" />
      <source>Words to search for</source>
      <translation>الكلمات المطلوب البحث عنها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="62" />
      <source>Search</source>
      <translation>بحث</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="66" />
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="67" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="68" />
      <source>Young person</source>
      <translation>الشاب/الشابة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="69" />
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="70" />
      <source>Found</source>
      <translation>ما وُجد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="73" />
      <source>What was found</source>
      <translation>ما عُثر عليه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="83" />
      <source>Enter: search. Enter on a line: open the young person's page there.</source>
      <translation>Enter: بحث. Enter على سطر: فتح صفحة اليافع/ة عنده.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>House log</source>
      <translation>سجل الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Check-in</source>
      <translation>متابعة يومية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Incident</source>
      <translation>حادثة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Sighting</source>
      <translation>مشاهدة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Contact</source>
      <translation>التواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Restraint</source>
      <translation>التقييد الجسدي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Debrief</source>
      <translation>جلسة المراجعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="100" />
      <source>Review of a restraint</source>
      <translation>مراجعة تقييد جسدي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Need</source>
      <translation>الاحتياج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Follow-up</source>
      <translation>المتابعة اللاحقة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Referral</source>
      <translation>الإحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="103" />
      <source>Safety plan</source>
      <translation>خطة الأمان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="104" />
      <source>No-contact list</source>
      <translation>قائمة منع التواصل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Trusted adult</source>
      <translation>بالغ موثوق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Dose</source>
      <translation>الجرعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>Score</source>
      <translation>الدرجة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>School</source>
      <translation>المدرسة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>School attendance</source>
      <translation>الحضور المدرسي</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>Goal</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Wish or feeling</source>
      <translation>أمنية أو شعور</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Complaint</source>
      <translation>الشكوى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Case review</source>
      <translation>مراجعة الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Legal case</source>
      <translation>القضية القانونية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Hearing</source>
      <translation>الجلسة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="125" />
      <source>Searching…</source>
      <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="132" />
      <source>The newest %n shown: add words to find fewer.</source>
      <translation>
        <numerusform>تظهر أحدث %n نتيجة: أضف/أضيفي كلمات لتقليل النتائج.</numerusform>
        <numerusform>تظهر أحدث نتيجة: أضف/أضيفي كلمات لتقليل النتائج.</numerusform>
        <numerusform>تظهر أحدث نتيجتين: أضف/أضيفي كلمات لتقليل النتائج.</numerusform>
        <numerusform>تظهر أحدث %n نتائج: أضف/أضيفي كلمات لتقليل النتائج.</numerusform>
        <numerusform>تظهر أحدث %n نتيجة: أضف/أضيفي كلمات لتقليل النتائج.</numerusform>
        <numerusform>تظهر أحدث %n نتيجة: أضف/أضيفي كلمات لتقليل النتائج.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="135" />
      <source>%n found.</source>
      <translation>
        <numerusform>لم يُعثر على شيء.</numerusform>
        <numerusform>عُثر على نتيجة واحدة.</numerusform>
        <numerusform>عُثر على نتيجتين.</numerusform>
        <numerusform>عُثر على %n نتائج.</numerusform>
        <numerusform>عُثر على %n نتيجة.</numerusform>
        <numerusform>عُثر على %n نتيجة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="137" />
      <source>Nothing found. Every word must be in the same note.</source>
      <translation>لم يُعثر على شيء. يجب أن تكون كل الكلمات في الملاحظة نفسها.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="151" />
      <source>This house log entry names no young person.</source>
      <translation>هذا القيد في سجل الدار لا يذكر أي يافع/ة.</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="89" />
      <source>Your role does not allow this.</source>
      <translation>دورك لا يسمح بهذا الإجراء.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="97" />
      <source>Choose a row in the table first.</source>
      <translation>يُرجى أولًا اختيار صف في الجدول.</translation>
    </message>
  </context>
  <context>
    <name>SendTransfer</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="51" />
      <source>The receiving house's card</source>
      <translation>بطاقة الدار المستقبِلة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="57" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="77" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>حدث خطأ ({0})؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="60" />
      <source>Send {0}'s whole record to {1} ({2})? The card was signed by {3}.

Fingerprint: {4}

Is it the fingerprint the receiving house's manager read to you?</source>
      <translation>هل تُرسل السجل الكامل لـ {0} إلى {1} ({2})؟ وقّع البطاقة {3}.

البصمة: {4}

هل هذه البصمة التي قرأها لك مدير الدار المستقبِلة؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="64" />
      <source>Transfer to another house</source>
      <translation>النقل إلى دار أخرى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="68" />
      <source>Save the transfer file</source>
      <translation>حفظ ملف النقل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="73" />
      <source>The transfer was saved to {0}. It opens only for {1}'s managers; the case waits for their receipt.</source>
      <translation>حُفظ النقل في {0}. لا يفتحه إلا مديرو {1}؛ تنتظر الحالة إشعار استلامهم.</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Residents</source>
      <translation>المقيمون</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Schedule</source>
      <translation>الجدول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Reports</source>
      <translation>التقارير</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Sync</source>
      <translation>المزامنة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Admin</source>
      <translation>الإدارة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="142" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="155" />
      <source>Lock (Ctrl+L)</source>
      <translation>قفل (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="157" />
      <source>Hides every record at once; a passphrase opens them again.</source>
      <translation>يُخفي كل السجلات فورًا؛ وتفتحها عبارة المرور من جديد.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="161" />
      <source>Esc twice: hide everything now</source>
      <translation>اضغط Esc مرتين: إخفاء كل شيء الآن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="373" />
      <source>Risk flag</source>
      <translation>إشارة خطر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="374" />
      <source>{0}'s check-in has a risk flag. Record an incident now: what happened, what was done and who was told?</source>
      <translation>في المتابعة اليومية لـ {0} إشارة خطر. هل تريد تسجيل حادثة الآن: ماذا حدث، وما الذي فُعل، ومن أُبلغ؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="378" />
      <source>Record incident</source>
      <translation>تسجيل حادثة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="379" />
      <source>Later, from Today</source>
      <translation>لاحقًا، من صفحة اليوم</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="28" />
      <source>Welcome to SafeHaven</source>
      <translation>مرحبًا بك في SafeHaven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="29" />
      <source>Set up this laptop for a new house</source>
      <translation>إعداد هذا الحاسوب المحمول لدار جديدة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="30" />
      <source>Join an existing house</source>
      <translation>الانضمام إلى دار قائمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="33" />
      <source>Joining needs a one-time code from your house manager's laptop (Sync page, “Add a laptop”) and a connection to your organisation's server. The house's records then arrive on this laptop, encrypted.</source>
      <translation>يتطلَّب الانضمام رمزًا يُستخدم مرة واحدة من الحاسوب المحمول لمدير/ة الدار (صفحة المزامنة، «إضافة حاسوب محمول») واتصالًا بخادم منظمتك. بعد ذلك تصل سجلات الدار إلى هذا الحاسوب المحمول مشفَّرة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="41" />
      <source>Records stay encrypted on this laptop. Nobody can read them without a passphrase.</source>
      <translation>تبقى السجلات مشفَّرة على هذا الحاسوب المحمول. لا يستطيع أحد قراءتها دون عبارة مرور.</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="31" />
      <source>Passphrase strength</source>
      <translation>قوة عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="47" />
      <source>Too easy to guess</source>
      <translation>سهلة التخمين جدًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="48" />
      <source>Almost: not hard enough to guess yet</source>
      <translation>تقريبًا: ليست صعبة التخمين بما يكفي بعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Strong</source>
      <translation>قوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Very strong</source>
      <translation>قوية جدًا</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/strength.py" line="61" />
      <source>Use at least %n character(s); a few words are easiest to remember.</source>
      <translation>
        <numerusform>استخدم %n حرف على الأقل؛ وبضع كلمات هي الأسهل للتذكُّر.</numerusform>
        <numerusform>استخدم %n حرف على الأقل؛ وبضع كلمات هي الأسهل للتذكُّر.</numerusform>
        <numerusform>استخدم %n حرفين على الأقل؛ وبضع كلمات هي الأسهل للتذكُّر.</numerusform>
        <numerusform>استخدم %n أحرف على الأقل؛ وبضع كلمات هي الأسهل للتذكُّر.</numerusform>
        <numerusform>استخدم %n حرفًا على الأقل؛ وبضع كلمات هي الأسهل للتذكُّر.</numerusform>
        <numerusform>استخدم %n حرف على الأقل؛ وبضع كلمات هي الأسهل للتذكُّر.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="64" />
      <source>This is one of the passphrases people use most, so it would be guessed first.</source>
      <translation>هذه من أكثر عبارات المرور استخدامًا، لذا ستكون من أول ما يُخمَّن.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="66" />
      <source>Repeated letters or words are easy to guess.</source>
      <translation>الحروف أو الكلمات المكرَّرة سهلة التخمين.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="67" />
      <source>Runs like “abcd”, “1234” or keyboard rows are easy to guess.</source>
      <translation>التسلسلات مثل «abcd» و«1234» أو صفوف لوحة المفاتيح سهلة التخمين.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="69" />
      <source>Dates and years are easy to guess.</source>
      <translation>التواريخ والسنوات سهلة التخمين.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="70" />
      <source>Names, and your own or the house's name above all, are easy to guess.</source>
      <translation>الأسماء سهلة التخمين، ولا سيما اسمك أو اسم الدار.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="72" />
      <source>This passphrase would be too easy to guess.</source>
      <translation>ستكون عبارة المرور هذه سهلة التخمين جدًا.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="75" />
      <source>Add another uncommon word or two; a short sentence only you would think of works well.</source>
      <translation>أضِف كلمة أو كلمتين غير شائعتين؛ والجملة القصيرة التي لا تخطر إلا ببالك تفي بالغرض جيدًا.</translation>
    </message>
  </context>
  <context>
    <name>SupervisionSection</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="57" />
      <source>Audit…</source>
      <translation>سجل الوصول…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="58" />
      <source>Who opened or changed a child's records, or what a staff member opened</source>
      <translation>من فتح سجلات طفل أو غيّرها، أو ما فتحه أحد الموظفين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="61" />
      <source>Complete file…</source>
      <translation>الملف الكامل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="62" />
      <source>Everything about one child, for a request for their records or a court</source>
      <translation>كل شيء عن طفل واحد، لطلب الاطلاع على سجلاته أو للمحكمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="65" />
      <source>Retention…</source>
      <translation>الاحتفاظ…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="66" />
      <source>How long closed cases are kept, legal holds, and what is due for destruction</source>
      <translation>مدة الاحتفاظ بالحالات المغلقة، والحجز القانوني، وما يستحق الإتلاف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="69" />
      <source>Restraint techniques…</source>
      <translation>أساليب التقييد…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="70" />
      <source>The techniques the restraint form offers: those the house trains in</source>
      <translation>الأساليب التي يعرضها نموذج التقييد: تلك التي تدرّب عليها الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="73" />
      <source>Receive a transfer…</source>
      <translation>استلام نقل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="75" />
      <source>Transfer receipt…</source>
      <translation>إشعار استلام النقل…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="76" />
      <source>Record the receiving house's answer to a transfer this house sent</source>
      <translation>تسجيل رد الدار المستقبِلة على نقل أرسلته هذه الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="92" />
      <source>A manager approves:</source>
      <translation>يوافق المدير على:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="93" />
      <source>therapy plans</source>
      <translation>خطط العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="94" />
      <source>safety plans</source>
      <translation>خطط الأمان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="95" />
      <source>closures</source>
      <translation>الإغلاقات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="152" />
      <source>Restraint techniques</source>
      <translation>أساليب التقييد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="153" />
      <source>One technique a line</source>
      <translation>أسلوب واحد في كل سطر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="154" />
      <source>What the restraint form offers. A shipped technique may be written by its code: guiding, escort, standing-hold, seated-hold, other-technique. Left empty, the shipped list. Records keep the technique they were made with.</source>
      <translation>ما يعرضه نموذج التقييد. يمكن كتابة الأسلوب الأصلي برمزه: guiding، escort، standing-hold، seated-hold، other-technique. إن تُرك فارغًا فالقائمة الأصلية. تحتفظ السجلات بالأسلوب الذي سُجّلت به.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="169" />
      <source>Complete file</source>
      <translation>الملف الكامل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="170" />
      <source>Young person</source>
      <translation>الشاب/الشابة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="171" />
      <source>Take out the names of the other people her records name (trusted adults, the no-contact list, visitors and callers)</source>
      <translation>احذف أسماء الأشخاص الآخرين الذين تذكرهم سجلاتها (البالغون الموثوقون، قائمة منع التواصل، الزوار والمتصلون)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="174" />
      <source>Other names to take out, one per line</source>
      <translation>أسماء أخرى للحذف، اسم في كل سطر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="175" />
      <source>The folder you choose next receives a PDF and a JSON file of everything about this young person, and copies of their documents. They are not encrypted: choose a safe place, such as an encrypted USB stick.</source>
      <translation>سيتلقى المجلد الذي تختاره بعد ذلك ملف PDF وملف JSON بكل ما يخص هذا الشاب أو الشابة، ونسخًا من مستنداته. إنها غير مشفّرة: اختر مكانًا آمنًا، مثل ذاكرة USB مشفّرة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="187" />
      <source>Choose a folder to write it to.</source>
      <translation>اختر مجلدًا لكتابته فيه.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="195" />
      <source>Folder for the complete file</source>
      <translation>مجلد الملف الكامل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="202" />
      <source>The complete file was written to {0}.</source>
      <translation>كُتب الملف الكامل في {0}.</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="78" />
      <source>Changes travel end-to-end encrypted: through your organisation's server when this laptop can reach it (in the background, every minute), or on a USB stick (export here, import on the other laptop). Nothing is lost while you wait.</source>
      <translation>تنتقل التغييرات مشفَّرة من طرف إلى طرف: عبر خادم منظمتك عندما يستطيع هذا الحاسوب المحمول الوصول إليه (في الخلفية، كل دقيقة)، أو على ذاكرة USB (صدِّرها هنا واستوردها على الحاسوب المحمول الآخر). لا يضيع شيء أثناء الانتظار.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="82" />
      <source>Sync now</source>
      <translation>المزامنة الآن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="84" />
      <source>Export a bundle for a USB stick…</source>
      <translation>تصدير حزمة إلى ذاكرة USB…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="87" />
      <source>Import a bundle…</source>
      <translation>استيراد حزمة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="92" />
      <source>Documents this laptop fetches</source>
      <translation>المستندات التي يجلبها هذا الحاسوب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="95" />
      <source>Documents this laptop fetches:</source>
      <translation>المستندات التي يجلبها هذا الحاسوب:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="99" />
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="100" />
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="101" />
      <source>Kept</source>
      <translation>القيمة المحفوظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="102" />
      <source>Not kept</source>
      <translation>القيمة غير المحفوظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="105" />
      <source>Confirm the kept value</source>
      <translation>تأكيد القيمة المحفوظة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="107" />
      <source>Use the other value instead</source>
      <translation>استخدام القيمة الأخرى بدلًا منها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="112" />
      <source>Laptop</source>
      <translation>الحاسوب المحمول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="113" />
      <source>Since</source>
      <translation>منذ</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="114" />
      <source>Newest change here</source>
      <translation>أحدث تغيير هنا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="115" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="118" />
      <source>Add a laptop…</source>
      <translation>إضافة حاسوب محمول…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="120" />
      <source>Revoke the selected laptop…</source>
      <translation>إبطال الحاسوب المحمول المحدَّد…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="127" />
      <source>Change set</source>
      <translation>مجموعة التغييرات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="128" />
      <source>Why it was set aside</source>
      <translation>سبب تنحيتها جانبًا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="131" />
      <source>Sync</source>
      <translation>المزامنة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="138" />
      <source>Edited on two laptops at once (to review)</source>
      <translation>عُدِّلت على حاسوبين محمولين في الوقت نفسه (للمراجعة)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="141" />
      <source>This house's laptops</source>
      <translation>الحواسيب المحمولة لهذه الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="144" />
      <source>Set aside (could not be verified or applied)</source>
      <translation>نُحِّيت جانبًا (تعذَّر التحقق منها أو تطبيقها)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="161" />
      <source>As the house chose ({0})</source>
      <translation>كما اختارت الدار ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="171" />
      <source>Changes written on this laptop: {0} · received from other laptops: {1}</source>
      <translation>تغييرات كُتبت على هذا الحاسوب المحمول: {0} · وردت من حواسيب محمولة أخرى: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="175" />
      <source>not yet</source>
      <translation>ليس بعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="176" />
      <source>Server: {0} · last sync: {1}</source>
      <translation>الخادم: {0} · آخر مزامنة: {1}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="182" />
      <source>This laptop's clock is %n minute(s) off the server's: set the date and time, or its changes may be set aside by the other laptops.</source>
      <translation>
        <numerusform>تختلف ساعة هذا الحاسوب المحمول عن ساعة الخادم بمقدار %n دقيقة: يُرجى ضبط التاريخ والوقت، وإلا فقد تنحّي الحواسيب المحمولة الأخرى تغييراته جانبًا.</numerusform>
        <numerusform>تختلف ساعة هذا الحاسوب المحمول عن ساعة الخادم بمقدار %n دقيقة: يُرجى ضبط التاريخ والوقت، وإلا فقد تنحّي الحواسيب المحمولة الأخرى تغييراته جانبًا.</numerusform>
        <numerusform>تختلف ساعة هذا الحاسوب المحمول عن ساعة الخادم بمقدار %n دقيقتين: يُرجى ضبط التاريخ والوقت، وإلا فقد تنحّي الحواسيب المحمولة الأخرى تغييراته جانبًا.</numerusform>
        <numerusform>تختلف ساعة هذا الحاسوب المحمول عن ساعة الخادم بمقدار %n دقائق: يُرجى ضبط التاريخ والوقت، وإلا فقد تنحّي الحواسيب المحمولة الأخرى تغييراته جانبًا.</numerusform>
        <numerusform>تختلف ساعة هذا الحاسوب المحمول عن ساعة الخادم بمقدار %n دقيقة: يُرجى ضبط التاريخ والوقت، وإلا فقد تنحّي الحواسيب المحمولة الأخرى تغييراته جانبًا.</numerusform>
        <numerusform>تختلف ساعة هذا الحاسوب المحمول عن ساعة الخادم بمقدار %n دقيقة: يُرجى ضبط التاريخ والوقت، وإلا فقد تنحّي الحواسيب المحمولة الأخرى تغييراته جانبًا.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="186" />
      <source>The server needs a newer SafeHaven ({0}) on this laptop: ask your administrator to update it.</source>
      <translation>يحتاج الخادم إلى إصدار أحدث من SafeHaven ({0}) على هذا الحاسوب المحمول: يُرجى أن تطلب من المسؤول/ة التقني/ة تحديثه.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="190" />
      <source>SafeHaven {0} is available: ask your administrator to update this laptop.</source>
      <translation>الإصدار {0} من SafeHaven متاح: يُرجى أن تطلب من المسؤول/ة التقني/ة تحديث هذا الحاسوب المحمول.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="195" />
      <source>This laptop is not connected to a server; use USB bundles, or ask your administrator to connect it.</source>
      <translation>هذا الحاسوب المحمول غير متصل بخادم؛ استخدم حزم USB، أو اطلب من المسؤول/ة التقني/ة توصيله.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="217" />
      <source>revoked</source>
      <translation>مُبطَل</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="221" />
      <source>%n change(s) wait for a missing one</source>
      <translation>
        <numerusform>%n تغيير ينتظر تغييرًا مفقودًا</numerusform>
        <numerusform>%n تغيير ينتظر تغييرًا مفقودًا</numerusform>
        <numerusform>%n تغييران ينتظران تغييرًا مفقودًا</numerusform>
        <numerusform>%n تغييرات تنتظر تغييرًا مفقودًا</numerusform>
        <numerusform>%n تغييرًا تنتظر تغييرًا مفقودًا</numerusform>
        <numerusform>%n تغيير تنتظر تغييرًا مفقودًا</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="338" />
      <source>On the new laptop, choose “Join an existing house” and type this code. It works once, until {0}. Read it out; do not send it by e-mail or chat.</source>
      <translation>على الحاسوب الجديد، اختر «الانضمام إلى دار قائمة» واكتب هذا الرمز. يعمل مرة واحدة، حتى {0}. اقرأه بصوت عالٍ، ولا ترسله بالبريد الإلكتروني أو المحادثة.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="390" />
      <source>%n damaged line(s) of the bundle dropped: export it again to bring what they carried.</source>
      <translation>
        <numerusform>أُسقط %n من الأسطر التالفة في الحزمة: صدّرها مرة أخرى لجلب ما كانت تحمله.</numerusform>
        <numerusform>أُسقط %n من الأسطر التالفة في الحزمة: صدّرها مرة أخرى لجلب ما كانت تحمله.</numerusform>
        <numerusform>أُسقط %n من الأسطر التالفة في الحزمة: صدّرها مرة أخرى لجلب ما كانت تحمله.</numerusform>
        <numerusform>أُسقط %n من الأسطر التالفة في الحزمة: صدّرها مرة أخرى لجلب ما كانت تحمله.</numerusform>
        <numerusform>أُسقط %n من الأسطر التالفة في الحزمة: صدّرها مرة أخرى لجلب ما كانت تحمله.</numerusform>
        <numerusform>أُسقط %n من الأسطر التالفة في الحزمة: صدّرها مرة أخرى لجلب ما كانت تحمله.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="212" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>this laptop</source>
      <translation>هذا الحاسوب المحمول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>active</source>
      <translation>نشِط</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="227" />
      <source>nothing yet</source>
      <translation>لا شيء بعد</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="231" />
      <source>%1 (%n hour(s) ago)</source>
      <translation>
        <numerusform>%1 (منذ %n ساعة)</numerusform>
        <numerusform>%1 (منذ %n ساعة)</numerusform>
        <numerusform>%1 (منذ %n ساعتين)</numerusform>
        <numerusform>%1 (منذ %n ساعات)</numerusform>
        <numerusform>%1 (منذ %n ساعة)</numerusform>
        <numerusform>%1 (منذ %n ساعة)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="253" />
      <source>Syncing…</source>
      <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="255" />
      <source>Sent {0}, received {1}, conflicts {2}.</source>
      <translation>أُرسل {0}، ووصل {1}، والتعارضات {2}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="268" />
      <source>Choose a conflict in the list first.</source>
      <translation>يُرجى أولًا اختيار تعارض من القائمة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="272" />
      <source>Done; the other laptops get it at the next sync.</source>
      <translation>تمَّ؛ ستتلقاه الحواسيب المحمولة الأخرى في المزامنة القادمة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="280" />
      <source>Add a laptop</source>
      <translation>إضافة حاسوب محمول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="283" />
      <source>Leave empty if only existing staff will use it</source>
      <translation>اتركه فارغًا إن كان سيستخدمه أعضاء فريق العمل الحاليون فقط</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="288" />
      <source>What should the new laptop be called?</source>
      <translation>ما الاسم الذي سيُطلق على الحاسوب المحمول الجديد؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="289" />
      <source>New colleague's name (optional)</source>
      <translation>اسم الزميل/ة الجديد/ة (اختياري)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="290" />
      <source>Their role</source>
      <translation>دوره/دورها</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="293" />
      <source>Make the code</source>
      <translation>إنشاء الرمز</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="314" />
      <source>Give the new laptop a name.</source>
      <translation>يُرجى إعطاء الحاسوب المحمول الجديد اسمًا.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="337" />
      <source>Enrolment code</source>
      <translation>رمز الانضمام</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="348" />
      <source>Choose a laptop in the list first.</source>
      <translation>يُرجى أولًا اختيار حاسوب محمول من القائمة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="350" />
      <source>Revoke laptop</source>
      <translation>إبطال الحاسوب المحمول</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="351" />
      <source>Revoke “{0}”? It will no longer receive anything, and the house gets a new key for everything written from now on. Do this for a lost or stolen laptop.</source>
      <translation>هل تريد إبطال «{0}»؟ لن يتلقى أي شيء بعد الآن، وستحصل الدار على مفتاح جديد لكل ما يُكتب من الآن فصاعدًا. افعل هذا مع حاسوب محمول مفقود أو مسروق.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="358" />
      <source>Revoked. The server is told at the next sync.</source>
      <translation>أُبطل. سيُبلَّغ الخادم في المزامنة القادمة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="361" />
      <source>Export bundle</source>
      <translation>تصدير حزمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="363" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="376" />
      <source>Sync bundles (*.bundle)</source>
      <translation>حزم المزامنة (*.bundle)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="368" />
      <source>Writing the bundle to {0}… Leave the USB stick in.</source>
      <translation>جارٍ كتابة الحزمة في {0}… لا تنزع ذاكرة USB.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="371" />
      <source>%n change set(s) written to {0}. You can take the USB stick out now.</source>
      <translation>
        <numerusform>كُتبت %n مجموعة تغييرات في {0}. يمكنك نزع ذاكرة USB الآن.</numerusform>
        <numerusform>كُتبت %n مجموعة تغييرات في {0}. يمكنك نزع ذاكرة USB الآن.</numerusform>
        <numerusform>كُتبت %n مجموعتا تغييرات في {0}. يمكنك نزع ذاكرة USB الآن.</numerusform>
        <numerusform>كُتبت %n مجموعات تغييرات في {0}. يمكنك نزع ذاكرة USB الآن.</numerusform>
        <numerusform>كُتبت %n مجموعةً من التغييرات في {0}. يمكنك نزع ذاكرة USB الآن.</numerusform>
        <numerusform>كُتبت %n مجموعة تغييرات في {0}. يمكنك نزع ذاكرة USB الآن.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="375" />
      <source>Import bundle</source>
      <translation>استيراد حزمة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="384" />
      <source>Applied {0}, already here {1}, conflicts {2}, set aside {3}.</source>
      <translation>طُبِّق {0}، وموجود مسبقًا {1}، والتعارضات {2}، ونُحِّي جانبًا {3}.</translation>
    </message>
  </context>
  <context>
    <name>TherapyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="187" />
      <source>Plans</source>
      <translation>الخطط</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="188" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="201" />
      <source>Therapy</source>
      <translation>العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="189" />
      <source>Provider</source>
      <translation>مقدِّم/ة العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="190" />
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="191" />
      <source>Frequency</source>
      <translation>التكرار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="192" />
      <source>Used / cap</source>
      <translation>المُستخدَم / الحد الأقصى</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="193" />
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="196" />
      <source>Add plan…</source>
      <translation>إضافة خطة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="197" />
      <source>Edit plan…</source>
      <translation>تعديل الخطة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="198" />
      <source>Close plan…</source>
      <translation>إغلاق الخطة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="199" />
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="200" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="202" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="203" />
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="206" />
      <source>Book a session…</source>
      <translation>حجز جلسة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="207" />
      <source>Attended</source>
      <translation>حضر/حضرت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="208" />
      <source>Missed</source>
      <translation>لم يحضر/تحضر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="218" />
      <source>Group: {0}</source>
      <translation>المجموعة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="229" />
      <source>closed {0}</source>
      <translation>أُغلقت في {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="230" />
      <source>open</source>
      <translation>مفتوحة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="237" />
      <source>{0} of {1}</source>
      <translation>{0} من {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="239" />
      <source>(over the cap)</source>
      <translation>(تجاوزت الحد الأقصى)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="241" />
      <source>(cap reached)</source>
      <translation>(بلغت الحد الأقصى)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="243" />
      <source>(nearly used)</source>
      <translation>(أوشكت على النفاد)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="247" />
      <source>Add therapy plan</source>
      <translation>إضافة خطة علاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="254" />
      <source>Edit therapy plan</source>
      <translation>تعديل خطة العلاج</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="261" />
      <source>Close plan: {0}</source>
      <translation>إغلاق الخطة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="267" />
      <source>Book a session</source>
      <translation>حجز جلسة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="272" />
      <source>A group's attendance is recorded on the Schedule, for everyone at once.</source>
      <translation>يُسجَّل حضور المجموعة في صفحة الجدول، للجميع دفعة واحدة.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="76" />
      <source>Resident</source>
      <translation>المقيم/ة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="77" />
      <source>Why first</source>
      <translation>سبب الأولوية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="79" />
      <source>Urgency</source>
      <translation>درجة الإلحاح</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="80" />
      <location filename="../../src/safehaven/ui/today.py" line="130" />
      <location filename="../../src/safehaven/ui/today.py" line="139" />
      <location filename="../../src/safehaven/ui/today.py" line="290" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="81" />
      <location filename="../../src/safehaven/ui/today.py" line="87" />
      <location filename="../../src/safehaven/ui/today.py" line="93" />
      <location filename="../../src/safehaven/ui/today.py" line="138" />
      <source>Who</source>
      <translation>مَن</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="82" />
      <location filename="../../src/safehaven/ui/today.py" line="137" />
      <location filename="../../src/safehaven/ui/today.py" line="292" />
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="83" />
      <source>Detail</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="86" />
      <location filename="../../src/safehaven/ui/today.py" line="92" />
      <location filename="../../src/safehaven/ui/today.py" line="129" />
      <source>Time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="88" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="89" />
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="94" />
      <source>Medicine</source>
      <translation>الدواء</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="96" />
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="102" />
      <source>Check in (Enter)</source>
      <translation>تسجيل متابعة يومية (Enter)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="109" />
      <source>Record incident for this alert…</source>
      <translation>تسجيل حادثة لهذا التنبيه…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="111" />
      <source>Acknowledge with a note…</source>
      <translation>تأكيد الاطِّلاع مع ملاحظة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="112" />
      <source>Say what was done, or why it can wait; the alert leaves Today until something changes.</source>
      <translation>اكتب ما الذي فُعل، أو لماذا يمكن أن ينتظر؛ يختفي التنبيه من صفحة اليوم إلى أن يتغيَّر شيء.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="127" />
      <source>Enter: record this dose</source>
      <translation>Enter: تسجيل هذه الجرعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="131" />
      <source>Who wrote it</source>
      <translation>من كتبه</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="132" />
      <source>Text</source>
      <translation>النص</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="140" />
      <source>Where</source>
      <translation>أين</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>Who goes</source>
      <translation>من يرافق</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>NOBODY YET</source>
      <translation>لا أحد بعد</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="147" />
      <source>Add to the house log…</source>
      <translation>إضافة إلى سجل الدار…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="148" />
      <source>What happened in the house that is not about one young person: a stranger outside, a power cut…</source>
      <translation>ما حدث في الدار ولا يخص شابًا/ة بعينه/ا: غريب في الخارج، انقطاع الكهرباء…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="166" />
      <source>Hearings and legal appointments today and tomorrow, and who goes with the young person</source>
      <translation>الجلسات والمواعيد القانونية اليوم وغدًا، ومن يرافق الشاب</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="170" />
      <source>Today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="176" />
      <source>Still to check in</source>
      <translation>بانتظار المتابعة اليومية</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="179" />
      <source>Alerts</source>
      <translation>التنبيهات</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="160" />
      <source>Today's sessions</source>
      <translation>جلسات اليوم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="240" />
      <source>Group: {0} ({1})</source>
      <translation>المجموعة: {0} ({1})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="253" />
      <source>%n still to check in</source>
      <translation>
        <numerusform>بانتظار المتابعة اليومية: %n</numerusform>
        <numerusform>بانتظار المتابعة اليومية: %n</numerusform>
        <numerusform>بانتظار المتابعة اليومية: %n</numerusform>
        <numerusform>بانتظار المتابعة اليومية: %n</numerusform>
        <numerusform>بانتظار المتابعة اليومية: %n</numerusform>
        <numerusform>بانتظار المتابعة اليومية: %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="254" />
      <source>%n alert(s)</source>
      <translation>
        <numerusform>%n تنبيه</numerusform>
        <numerusform>%n تنبيه</numerusform>
        <numerusform>%n تنبيهان</numerusform>
        <numerusform>%n تنبيهات</numerusform>
        <numerusform>%n تنبيهًا</numerusform>
        <numerusform>%n تنبيه</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="255" />
      <source>%n session(s) today</source>
      <translation>
        <numerusform>%n جلسة اليوم</numerusform>
        <numerusform>%n جلسة اليوم</numerusform>
        <numerusform>%n جلستان اليوم</numerusform>
        <numerusform>%n جلسات اليوم</numerusform>
        <numerusform>%n جلسة اليوم</numerusform>
        <numerusform>%n جلسة اليوم</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="256" />
      <source>%n dose(s) due</source>
      <translation>
        <numerusform>%n جرعة مستحقة</numerusform>
        <numerusform>%n جرعة مستحقة</numerusform>
        <numerusform>%n جرعتان مستحقتان</numerusform>
        <numerusform>%n جرعات مستحقة</numerusform>
        <numerusform>%n جرعة مستحقة</numerusform>
        <numerusform>%n جرعة مستحقة</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="258" />
      <source>{0} acknowledged</source>
      <translation>تمَّ الاطِّلاع على {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="260" />
      <source>waiting for your approval: {0}</source>
      <translation>بانتظار موافقتك: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="272" />
      <source>Medicines due ({0})</source>
      <translation>الأدوية المستحقة ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="275" />
      <source>House log, last 24 hours ({0})</source>
      <translation>سجل الدار، آخر 24 ساعة ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="278" />
      <source>Hearings ({0})</source>
      <translation>الجلسات ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="289" />
      <source>Add to the house log</source>
      <translation>إضافة إلى سجل الدار</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="294" />
      <source>What happened, and what was done</source>
      <translation>ما حدث وما الذي تم</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="295" />
      <source>Young people it touched (optional)</source>
      <translation>الشباب الذين تأثروا به (اختياري)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="311" />
      <source>Choose an alert first.</source>
      <translation>يُرجى أولًا اختيار تنبيه.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="317" />
      <source>An open incident is acknowledged and closed on the resident's Safety tab, by a manager.</source>
      <translation>تأكيد الاطِّلاع على الحادثة المفتوحة وإغلاقها يكونان من تبويب «الأمان» الخاص بالمقيم/ة، وتقوم بهما الإدارة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="322" />
      <source>This alert leaves Today when the return or the return interview is recorded on the resident's Safety tab.</source>
      <translation>يغادر هذا التنبيه صفحة اليوم عند تسجيل العودة أو مقابلة العودة في تبويب السلامة للمقيم/ة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="328" />
      <source>Your role does not allow acknowledging this alert.</source>
      <translation>دورك لا يسمح بتأكيد الاطِّلاع على هذا التنبيه.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="332" />
      <source>Acknowledge: {0}, {1}</source>
      <translation>تأكيد الاطِّلاع: {0}، {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="334" />
      <source>What was done, or why it can wait</source>
      <translation>ما الذي فُعل، أو لماذا يمكن أن ينتظر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="341" />
      <source>{0} overdue needs</source>
      <translation>احتياجات متأخرة: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="381" />
      <source>Dose: {0}</source>
      <translation>جرعة: {0}</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="32" />
      <source>SafeHaven is locked</source>
      <translation>تطبيق SafeHaven مقفل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="43" />
      <source>Your passphrase</source>
      <translation>عبارة المرور الخاصة بك</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="55" />
      <source>Opening the vault…</source>
      <translation>جارٍ فتح الخزنة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="57" />
      <source>Unlock</source>
      <translation>فتح القفل</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="60" />
      <source>Forgot the passphrase? Use the recovery key…</source>
      <translation>هل نسيت عبارة المرور؟ استخدم مفتاح الاستعادة…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="65" />
      <source>Who are you?</source>
      <translation>مَن أنت؟</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="66" />
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="97" />
      <source>Type your passphrase first.</source>
      <translation>يُرجى أولًا كتابة عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="105" />
      <source>Recovery key</source>
      <translation>مفتاح الاستعادة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="106" />
      <source>Type the recovery key (groups of four):</source>
      <translation>اكتب مفتاح الاستعادة (مجموعات من أربعة):</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase</source>
      <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase for {0}:</source>
      <translation>عبارة مرور جديدة لـ {0}:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="119" />
      <source>The passphrase was changed. Unlock with the new one.</source>
      <translation>تم تغيير عبارة المرور. افتح القفل بالعبارة الجديدة.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="133" />
      <source>That passphrase does not open this vault. Check Caps Lock and try again; after a few tries each attempt waits a little longer.</source>
      <translation>عبارة المرور هذه لا تفتح هذه الخزنة. تحقَّق من مفتاح الأحرف الكبيرة (Caps Lock) وحاول مجددًا؛ بعد بضع محاولات تنتظر كل محاولة وقتًا أطول قليلًا.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="137" />
      <source>Too many tries. Wait a moment and try again.</source>
      <translation>محاولات كثيرة جدًا. انتظر لحظة ثم حاول مجددًا.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="141" />
      <source>The vault could not be opened: {0}</source>
      <translation>تعذَّر فتح الخزنة: {0}</translation>
    </message>
  </context>
  <context>
    <name>VoicePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="116" />
      <source>Their goals, in their own words</source>
      <translation>أهدافه بكلماته هو</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="117" />
      <source>Set on</source>
      <translation>وُضع في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="118" />
      <source>Goal</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="119" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="120" />
      <source>How it is going</source>
      <translation>كيف يسير</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="121" />
      <source>Reviewed</source>
      <translation>تمت المراجعة</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="124" />
      <source>Add goal…</source>
      <translation>إضافة هدف…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="125" />
      <source>Review goal…</source>
      <translation>مراجعة الهدف…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="126" />
      <location filename="../../src/safehaven/ui/life_panels.py" line="153" />
      <source>Wishes and feelings</source>
      <translation>الرغبات والمشاعر</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="127" />
      <source>Said on</source>
      <translation>قيل في</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="128" />
      <source>About</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="129" />
      <source>In their words</source>
      <translation>بكلماته</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="131" />
      <source>Add wishes and feelings…</source>
      <translation>إضافة رغبات ومشاعر…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="142" />
      <source>A goal in their own words</source>
      <translation>هدف بكلماته هو</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="149" />
      <source>Review a goal</source>
      <translation>مراجعة هدف</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>1 to 3 months</source>
      <translation>من شهر إلى 3 أشهر</translation>
    </message>
    <message>
      <source>12-14</source>
      <translation>12-14</translation>
    </message>
    <message>
      <source>15-17</source>
      <translation>15-17</translation>
    </message>
    <message>
      <source>18 and over</source>
      <translation>18 فما فوق</translation>
    </message>
    <message>
      <source>3 to 6 months</source>
      <translation>من 3 إلى 6 أشهر</translation>
    </message>
    <message>
      <source>6 to 12 months</source>
      <translation>من 6 إلى 12 شهرًا</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>غائب/ة</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>مقبولة</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>تحقق</translation>
    </message>
    <message>
      <source>Achievement</source>
      <translation>إنجاز</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>المسؤول/ة التقني/ة</translation>
    </message>
    <message>
      <source>Africa</source>
      <translation>أفريقيا</translation>
    </message>
    <message>
      <source>Afternoon</source>
      <translation>بعد الظهر</translation>
    </message>
    <message>
      <source>Agency (guardian ad litem, court)</source>
      <translation>جهة رسمية (وصي/ة قضائي/ة، محكمة)</translation>
    </message>
    <message>
      <source>Agency confirmation</source>
      <translation>تأكيد من جهة رسمية</translation>
    </message>
    <message>
      <source>Americas</source>
      <translation>الأمريكتان</translation>
    </message>
    <message>
      <source>Another appointment</source>
      <translation>موعد آخر</translation>
    </message>
    <message>
      <source>Another decision</source>
      <translation>قرار آخر</translation>
    </message>
    <message>
      <source>Another service</source>
      <translation>جهة خدمية أخرى</translation>
    </message>
    <message>
      <source>Another technique</source>
      <translation>أسلوب آخر</translation>
    </message>
    <message>
      <source>Apprenticeship</source>
      <translation>تدريب مهني</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>تمت الموافقة</translation>
    </message>
    <message>
      <source>Art therapy</source>
      <translation>العلاج بالفن</translation>
    </message>
    <message>
      <source>As needed</source>
      <translation>حسب الحاجة</translation>
    </message>
    <message>
      <source>As-needed doses closer than allowed</source>
      <translation>جرعات «عند الحاجة» أقرب مما هو مسموح</translation>
    </message>
    <message>
      <source>Asia</source>
      <translation>آسيا</translation>
    </message>
    <message>
      <source>Asylum</source>
      <translation>لجوء</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>حضر/حضرت</translation>
    </message>
    <message>
      <source>Audit of who opened the records</source>
      <translation>سجل من فتح الملف</translation>
    </message>
    <message>
      <source>Awaiting decision</source>
      <translation>بانتظار القرار</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>محجوزة</translation>
    </message>
    <message>
      <source>Boy</source>
      <translation>فتى</translation>
    </message>
    <message>
      <source>By mouth</source>
      <translation>عن طريق الفم</translation>
    </message>
    <message>
      <source>CATS (caregiver, 3-6)</source>
      <translation>مقياس CATS (مقدِّم/ة الرعاية، 3-6)</translation>
    </message>
    <message>
      <source>CATS (caregiver, 7-17)</source>
      <translation>مقياس CATS (مقدِّم/ة الرعاية، 7-17)</translation>
    </message>
    <message>
      <source>CATS (self-report, 7-17)</source>
      <translation>مقياس CATS (تقرير ذاتي، 7-17)</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <source>Cancelled by provider</source>
      <translation>ألغاها مقدِّم/ة العلاج</translation>
    </message>
    <message>
      <source>Cancelled by resident</source>
      <translation>ألغاها المقيم/ة</translation>
    </message>
    <message>
      <source>Capsule</source>
      <translation>كبسولة</translation>
    </message>
    <message>
      <source>Case closure</source>
      <translation>إغلاق الحالة</translation>
    </message>
    <message>
      <source>Case file</source>
      <translation>ملف الحالة</translation>
    </message>
    <message>
      <source>Case review due</source>
      <translation>مراجعة الحالة مستحقة</translation>
    </message>
    <message>
      <source>Check-in missed</source>
      <translation>متابعة يومية فائتة</translation>
    </message>
    <message>
      <source>Class or course</source>
      <translation>صف أو دورة</translation>
    </message>
    <message>
      <source>Clinical</source>
      <translation>سريري</translation>
    </message>
    <message>
      <source>Clinician</source>
      <translation>المعالج/ة</translation>
    </message>
    <message>
      <source>Clinicians and managers only</source>
      <translation>الأخصائيون السريريون والمديرون فقط</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>مغلقة</translation>
    </message>
    <message>
      <source>Clothing &amp; basics</source>
      <translation>الملابس والاحتياجات الأساسية</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>تعويض</translation>
    </message>
    <message>
      <source>Complaint not answered in time</source>
      <translation>شكوى لم يُرد عليها في الوقت المحدد</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>مكتملة</translation>
    </message>
    <message>
      <source>Consent expired</source>
      <translation>انتهت صلاحية الموافقة</translation>
    </message>
    <message>
      <source>Consent expiring</source>
      <translation>الموافقة على وشك الانتهاء</translation>
    </message>
    <message>
      <source>Consent missing for therapy</source>
      <translation>لا توجد موافقة على العلاج</translation>
    </message>
    <message>
      <source>Consent or assent form</source>
      <translation>نموذج موافقة أو قبول</translation>
    </message>
    <message>
      <source>Contact attempt by an unknown person</source>
      <translation>محاولة تواصل من شخص مجهول</translation>
    </message>
    <message>
      <source>Contact from trafficker or unknown person</source>
      <translation>تواصل من متاجِر بالبشر أو من شخص مجهول</translation>
    </message>
    <message>
      <source>Contact with an adult not yet vetted</source>
      <translation>تواصل مع بالغ لم يُتحقق منه بعد</translation>
    </message>
    <message>
      <source>Contact with someone on the no-contact list</source>
      <translation>تواصل مع شخص على قائمة منع التواصل</translation>
    </message>
    <message>
      <source>Continued presence</source>
      <translation>الإقامة المستمرة (Continued Presence)</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>جُرد</translation>
    </message>
    <message>
      <source>Court hearing</source>
      <translation>جلسة محكمة</translation>
    </message>
    <message>
      <source>Court order</source>
      <translation>أمر محكمة</translation>
    </message>
    <message>
      <source>Cream or ointment</source>
      <translation>كريم أو مرهم</translation>
    </message>
    <message>
      <source>Criminal exploitation</source>
      <translation>استغلال إجرامي</translation>
    </message>
    <message>
      <source>Crisis counselling</source>
      <translation>الإرشاد في الأزمات</translation>
    </message>
    <message>
      <source>DBT</source>
      <translation>العلاج الجدلي السلوكي (DBT)</translation>
    </message>
    <message>
      <source>Debrief after a restraint due</source>
      <translation>جلسة مراجعة بعد تقييد مستحقة</translation>
    </message>
    <message>
      <source>Debrief after a restraint overdue</source>
      <translation>جلسة مراجعة بعد تقييد متأخرة</translation>
    </message>
    <message>
      <source>Debt or pressure to work</source>
      <translation>ديون أو ضغط للعمل</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>لم تُقبل</translation>
    </message>
    <message>
      <source>Died</source>
      <translation>توفي</translation>
    </message>
    <message>
      <source>Disclosure</source>
      <translation>إفصاح</translation>
    </message>
    <message>
      <source>Disposed of</source>
      <translation>أُتلف</translation>
    </message>
    <message>
      <source>Documents checked</source>
      <translation>فحص الوثائق</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>العبودية المنزلية</translation>
    </message>
    <message>
      <source>Dose not recorded</source>
      <translation>جرعة غير مسجّلة</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>مسودة</translation>
    </message>
    <message>
      <source>Drama therapy</source>
      <translation>العلاج بالدراما</translation>
    </message>
    <message>
      <source>Drops</source>
      <translation>قطرات</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>مستحقة</translation>
    </message>
    <message>
      <source>EMDR</source>
      <translation>العلاج بحركة العين (EMDR)</translation>
    </message>
    <message>
      <source>Ear</source>
      <translation>الأذن</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>التعليم</translation>
    </message>
    <message>
      <source>Eligibility letter</source>
      <translation>خطاب الأهلية</translation>
    </message>
    <message>
      <source>Equine therapy</source>
      <translation>العلاج بالخيول</translation>
    </message>
    <message>
      <source>Escort by two staff</source>
      <translation>مرافقة من فردين من الفريق</translation>
    </message>
    <message>
      <source>Europe</source>
      <translation>أوروبا</translation>
    </message>
    <message>
      <source>Every document</source>
      <translation>كل المستندات</translation>
    </message>
    <message>
      <source>Every two weeks</source>
      <translation>كل أسبوعين</translation>
    </message>
    <message>
      <source>Everyone caring for the young person</source>
      <translation>كل من يرعى الشاب أو الشابة</translation>
    </message>
    <message>
      <source>Exclusion</source>
      <translation>فصل مؤقت</translation>
    </message>
    <message>
      <source>Expired medicine still in stock</source>
      <translation>دواء منتهي الصلاحية لا يزال في المخزون</translation>
    </message>
    <message>
      <source>Eye</source>
      <translation>العين</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>مقبول</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>الأسرة</translation>
    </message>
    <message>
      <source>Family court</source>
      <translation>محكمة الأسرة</translation>
    </message>
    <message>
      <source>Family therapy</source>
      <translation>العلاج الأسري</translation>
    </message>
    <message>
      <source>Family tracing</source>
      <translation>البحث عن الأسرة</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>المتابعة اللاحقة</translation>
    </message>
    <message>
      <source>Follow-up contact overdue</source>
      <translation>تواصل المتابعة اللاحقة متأخر</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>الزواج القسري</translation>
    </message>
    <message>
      <source>Foster care</source>
      <translation>الأسرة الحاضنة</translation>
    </message>
    <message>
      <source>Funded sessions nearly used</source>
      <translation>الجلسات المموَّلة أوشكت على النفاد</translation>
    </message>
    <message>
      <source>General</source>
      <translation>عام</translation>
    </message>
    <message>
      <source>Girl</source>
      <translation>فتاة</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>أُعطيت</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>جيد</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>الوصي/ة القانوني/ة</translation>
    </message>
    <message>
      <source>Guiding by the arm</source>
      <translation>التوجيه من الذراع</translation>
    </message>
    <message>
      <source>Hand-off</source>
      <translation>التسليم</translation>
    </message>
    <message>
      <source>Handover note</source>
      <translation>ملاحظة تسليم المناوبة</translation>
    </message>
    <message>
      <source>Health and medicines</source>
      <translation>الصحة والأدوية</translation>
    </message>
    <message>
      <source>Hearing or appointment tomorrow</source>
      <translation>جلسة أو موعد غدًا</translation>
    </message>
    <message>
      <source>Hearing soon with nobody to go with them</source>
      <translation>جلسة قريبة بلا مرافق</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>عُقدت</translation>
    </message>
    <message>
      <source>High</source>
      <translation>مرتفعة</translation>
    </message>
    <message>
      <source>Home visit</source>
      <translation>زيارة منزلية</translation>
    </message>
    <message>
      <source>Hospital</source>
      <translation>مستشفى</translation>
    </message>
    <message>
      <source>House log</source>
      <translation>سجل الدار</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>السكن</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>التعرُّف</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>وثيقة هوية</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>وثائق الهوية</translation>
    </message>
    <message>
      <source>Immigration</source>
      <translation>الهجرة</translation>
    </message>
    <message>
      <source>Immigration interview</source>
      <translation>مقابلة الهجرة</translation>
    </message>
    <message>
      <source>Improved</source>
      <translation>تحسَّن</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>حضوريًا</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>قيد التنفيذ</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>حادثة</translation>
    </message>
    <message>
      <source>Incident written at a check-in</source>
      <translation>حادثة مكتوبة في تسجيل يومي</translation>
    </message>
    <message>
      <source>Independent living</source>
      <translation>العيش المستقل</translation>
    </message>
    <message>
      <source>Information sharing</source>
      <translation>مشاركة المعلومات</translation>
    </message>
    <message>
      <source>Inhaled</source>
      <translation>استنشاقًا</translation>
    </message>
    <message>
      <source>Inhaler</source>
      <translation>بخاخ</translation>
    </message>
    <message>
      <source>Injection</source>
      <translation>حقنة</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>الاستقبال</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>المترجم/ة الشفهي/ة</translation>
    </message>
    <message>
      <source>Kinship care</source>
      <translation>الرعاية لدى الأقارب</translation>
    </message>
    <message>
      <source>Labour exploitation</source>
      <translation>استغلال في العمل</translation>
    </message>
    <message>
      <source>Later today</source>
      <translation>لاحقًا اليوم</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>قانوني</translation>
    </message>
    <message>
      <source>Legal / immigration</source>
      <translation>قانوني / هجرة</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>خطاب</translation>
    </message>
    <message>
      <source>Liquid</source>
      <translation>سائل</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>منخفضة</translation>
    </message>
    <message>
      <source>Low mood lately</source>
      <translation>مزاج منخفض مؤخرًا</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>صيانة</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>المدير/ة</translation>
    </message>
    <message>
      <source>Manager's review of a restraint due</source>
      <translation>مراجعة المدير لتقييد مستحقة</translation>
    </message>
    <message>
      <source>Managers only</source>
      <translation>المديرون فقط</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>طبي</translation>
    </message>
    <message>
      <source>Medical emergency</source>
      <translation>حالة طبية طارئة</translation>
    </message>
    <message>
      <source>Medicine refused twice in a row</source>
      <translation>رُفض الدواء مرتين متتاليتين</translation>
    </message>
    <message>
      <source>Medicine stock expiring within 30 days</source>
      <translation>مخزون دواء تنتهي صلاحيته خلال 30 يومًا</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>متوسطة</translation>
    </message>
    <message>
      <source>Meeting with the lawyer</source>
      <translation>لقاء مع المحامي</translation>
    </message>
    <message>
      <source>Mentoring</source>
      <translation>الإرشاد والتوجيه</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>رسالة</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>لُبّي</translation>
    </message>
    <message>
      <source>Mild</source>
      <translation>خفيف</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>ضئيل</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>لم يحضر/تحضر</translation>
    </message>
    <message>
      <source>Missing from care</source>
      <translation>غياب دون إذن</translation>
    </message>
    <message>
      <source>Missing from care now</source>
      <translation>غائب/ة دون إذن الآن</translation>
    </message>
    <message>
      <source>Missing school or work</source>
      <translation>تغيُّب عن الدراسة أو العمل</translation>
    </message>
    <message>
      <source>Moderate</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <source>Moderate trauma-related distress</source>
      <translation>ضيق متوسط مرتبط بالصدمة</translation>
    </message>
    <message>
      <source>Moderately severe</source>
      <translation>شديد إلى حدٍّ ما</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>شهريًا</translation>
    </message>
    <message>
      <source>Morning</source>
      <translation>الصباح</translation>
    </message>
    <message>
      <source>Music therapy</source>
      <translation>العلاج بالموسيقى</translation>
    </message>
    <message>
      <source>NGO hotline</source>
      <translation>خط المساعدة لدى منظمة غير حكومية</translation>
    </message>
    <message>
      <source>NGO or hotline</source>
      <translation>منظمة غير حكومية أو خط مساعدة</translation>
    </message>
    <message>
      <source>NRM conclusive grounds decision</source>
      <translation>قرار الأسباب القاطعة (NRM)</translation>
    </message>
    <message>
      <source>NRM reasonable grounds decision</source>
      <translation>قرار الأسباب المعقولة (NRM)</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>سلبي</translation>
    </message>
    <message>
      <source>Neither</source>
      <translation>لا يدرس ولا يعمل</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>الليل</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>No check-in today</source>
      <translation>لا متابعة يومية اليوم</translation>
    </message>
    <message>
      <source>No safety plan</source>
      <translation>لا توجد خطة أمان</translation>
    </message>
    <message>
      <source>Non-binary</source>
      <translation>غير ثنائي/ة</translation>
    </message>
    <message>
      <source>Nose</source>
      <translation>الأنف</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>لا ينطبق</translation>
    </message>
    <message>
      <source>Not available</source>
      <translation>غير متوفر</translation>
    </message>
    <message>
      <source>Not elevated</source>
      <translation>غير مرتفع</translation>
    </message>
    <message>
      <source>Not upheld</source>
      <translation>غير مقبولة</translation>
    </message>
    <message>
      <source>Not vetted</source>
      <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Nothing until opened</source>
      <translation>لا شيء حتى يُفتح</translation>
    </message>
    <message>
      <source>Oceania</source>
      <translation>أوقيانوسيا</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>معلّقة</translation>
    </message>
    <message>
      <source>On the skin</source>
      <translation>على الجلد</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>مفتوح</translation>
    </message>
    <message>
      <source>Open incident</source>
      <translation>حادثة مفتوحة</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source>Outreach team</source>
      <translation>فريق التواصل الميداني</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>متأخرة</translation>
    </message>
    <message>
      <source>Overdue high-priority need</source>
      <translation>احتياج عالي الأولوية متأخر</translation>
    </message>
    <message>
      <source>Partly upheld</source>
      <translation>مقبولة جزئيًا</translation>
    </message>
    <message>
      <source>Patch</source>
      <translation>لصقة</translation>
    </message>
    <message>
      <source>Peer group</source>
      <translation>مجموعة الأقران</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>مكالمة هاتفية</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>صورة</translation>
    </message>
    <message>
      <source>Photographs</source>
      <translation>الصور الفوتوغرافية</translation>
    </message>
    <message>
      <source>Placement breaking down</source>
      <translation>الإيداع مهدَّد بالتوقف</translation>
    </message>
    <message>
      <source>Play therapy</source>
      <translation>العلاج باللعب</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>الشرطة</translation>
    </message>
    <message>
      <source>Police check</source>
      <translation>فحص السجل الجنائي</translation>
    </message>
    <message>
      <source>Police interview</source>
      <translation>مقابلة الشرطة</translation>
    </message>
    <message>
      <source>Police investigation</source>
      <translation>تحقيق الشرطة</translation>
    </message>
    <message>
      <source>Police visit</source>
      <translation>زيارة الشرطة</translation>
    </message>
    <message>
      <source>Poor</source>
      <translation>ضعيف</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>إيجابي</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>مؤجلة</translation>
    </message>
    <message>
      <source>Power cut</source>
      <translation>انقطاع الكهرباء</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>حاضر/ة</translation>
    </message>
    <message>
      <source>Probable PTSD</source>
      <translation>اضطراب ما بعد الصدمة محتمل</translation>
    </message>
    <message>
      <source>Prosecution</source>
      <translation>الملاحقة القضائية</translation>
    </message>
    <message>
      <source>Psychosocial support</source>
      <translation>الدعم النفسي الاجتماعي</translation>
    </message>
    <message>
      <source>Qualification</source>
      <translation>مؤهل</translation>
    </message>
    <message>
      <source>Ran away and not found</source>
      <translation>هرب ولم يُعثر عليه</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>استُلم</translation>
    </message>
    <message>
      <source>Recovery</source>
      <translation>التعافي</translation>
    </message>
    <message>
      <source>Rectal</source>
      <translation>شرجي</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>رُفضت</translation>
    </message>
    <message>
      <source>Reintegrated with family</source>
      <translation>أعيد دمجه مع العائلة</translation>
    </message>
    <message>
      <source>Reintegration</source>
      <translation>إعادة الإدماج</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>Rescheduled</source>
      <translation>تغيَّر موعدها</translation>
    </message>
    <message>
      <source>Research</source>
      <translation>البحث العلمي</translation>
    </message>
    <message>
      <source>Residence permit</source>
      <translation>تصريح إقامة</translation>
    </message>
    <message>
      <source>Return interview due</source>
      <translation>مقابلة العودة مستحقة</translation>
    </message>
    <message>
      <source>Return interview overdue</source>
      <translation>مقابلة العودة متأخرة</translation>
    </message>
    <message>
      <source>Returned to the pharmacy</source>
      <translation>أُعيد إلى الصيدلية</translation>
    </message>
    <message>
      <source>Returned with a comment</source>
      <translation>أعيد مع تعليق</translation>
    </message>
    <message>
      <source>Risk flag</source>
      <translation>إشارة خطر</translation>
    </message>
    <message>
      <source>Risk flag at a check-in</source>
      <translation>إشارة خطر في متابعة يومية</translation>
    </message>
    <message>
      <source>Risk found at a follow-up contact</source>
      <translation>خطر اكتُشف في اتصال متابعة</translation>
    </message>
    <message>
      <source>Routine</source>
      <translation>اعتيادي</translation>
    </message>
    <message>
      <source>Runaway risk</source>
      <translation>خطر الهروب</translation>
    </message>
    <message>
      <source>Safe housing</source>
      <translation>السكن الآمن</translation>
    </message>
    <message>
      <source>Safeguarding records</source>
      <translation>سجلات الحماية</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>خطة الأمان</translation>
    </message>
    <message>
      <source>Safety plan review due</source>
      <translation>مراجعة خطة الأمان مستحقة</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>مجدولة</translation>
    </message>
    <message>
      <source>School</source>
      <translation>المدرسة</translation>
    </message>
    <message>
      <source>Seated hold</source>
      <translation>إمساك في وضع الجلوس</translation>
    </message>
    <message>
      <source>Self-harm concern</source>
      <translation>قلق من إيذاء النفس</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>مُرسَلة</translation>
    </message>
    <message>
      <source>Session held</source>
      <translation>جلسة عُقدت</translation>
    </message>
    <message>
      <source>Session missed</source>
      <translation>جلسة فائتة</translation>
    </message>
    <message>
      <source>Set aside</source>
      <translation>وُضع جانبًا</translation>
    </message>
    <message>
      <source>Severe</source>
      <translation>شديد</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>الاستغلال الجنسي</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>الأخصائي/ة الاجتماعي/ة</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>شيء آخر</translation>
    </message>
    <message>
      <source>Somewhat</source>
      <translation>إلى حدٍّ ما</translation>
    </message>
    <message>
      <source>Soon</source>
      <translation>قريبًا</translation>
    </message>
    <message>
      <source>Stabilization</source>
      <translation>الاستقرار</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>عضو/ة فريق العمل</translation>
    </message>
    <message>
      <source>Standing hold</source>
      <translation>إمساك في وضع الوقوف</translation>
    </message>
    <message>
      <source>Stock count does not match</source>
      <translation>جرد المخزون غير مطابق</translation>
    </message>
    <message>
      <source>Stranger outside</source>
      <translation>غريب في الخارج</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>مقدَّم</translation>
    </message>
    <message>
      <source>Substance use</source>
      <translation>تعاطي المواد المخدِّرة</translation>
    </message>
    <message>
      <source>T visa</source>
      <translation>تأشيرة T</translation>
    </message>
    <message>
      <source>TF-CBT</source>
      <translation>العلاج المعرفي السلوكي المركَّز على الصدمة (TF-CBT)</translation>
    </message>
    <message>
      <source>Tablet</source>
      <translation>قرص</translation>
    </message>
    <message>
      <source>Talk or signs of running away</source>
      <translation>كلام أو علامات على الهروب</translation>
    </message>
    <message>
      <source>The young person</source>
      <translation>اليافع/ة</translation>
    </message>
    <message>
      <source>Therapy</source>
      <translation>العلاج</translation>
    </message>
    <message>
      <source>Therapy plan</source>
      <translation>خطة العلاج</translation>
    </message>
    <message>
      <source>Through an agency</source>
      <translation>عبر جهة رسمية</translation>
    </message>
    <message>
      <source>Thumbnails only</source>
      <translation>الصور المصغرة فقط</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>التدريب</translation>
    </message>
    <message>
      <source>Transferred to another house</source>
      <translation>نُقل إلى دار أخرى</translation>
    </message>
    <message>
      <source>Turned 18</source>
      <translation>بلغ 18 عامًا</translation>
    </message>
    <message>
      <source>Tutoring</source>
      <translation>دروس خصوصية</translation>
    </message>
    <message>
      <source>Twice a week</source>
      <translation>مرتين في الأسبوع</translation>
    </message>
    <message>
      <source>Two missed sessions in a row</source>
      <translation>التغيُّب عن جلستين متتاليتين</translation>
    </message>
    <message>
      <source>Unexplained money or gifts</source>
      <translation>أموال أو هدايا دون تفسير</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <source>Unsafe relationship</source>
      <translation>علاقة غير آمنة</translation>
    </message>
    <message>
      <source>Upheld</source>
      <translation>مقبولة</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>عاجل</translation>
    </message>
    <message>
      <source>Vetted</source>
      <translation>تمَّ التحقق منه</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>مكالمة فيديو</translation>
    </message>
    <message>
      <source>Violence</source>
      <translation>العنف</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>زيارة</translation>
    </message>
    <message>
      <source>Visitor at the door</source>
      <translation>زائر عند الباب</translation>
    </message>
    <message>
      <source>Vocational</source>
      <translation>التأهيل المهني</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>أسبوعيًا</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>مسحوبة</translation>
    </message>
    <message>
      <source>Withheld</source>
      <translation>مُحتجزة</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>العمل</translation>
    </message>
    <message>
      <source>Working on it</source>
      <translation>قيد العمل</translation>
    </message>
    <message>
      <source>Worse</source>
      <translation>تراجَع</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>Yoga</source>
      <translation>اليوغا</translation>
    </message>
    <message>
      <source>a year or more</source>
      <translation>سنة أو أكثر</translation>
    </message>
    <message>
      <source>another gender</source>
      <translation>هوية جندرية أخرى</translation>
    </message>
    <message>
      <source>another source</source>
      <translation>جهة أخرى</translation>
    </message>
    <message>
      <source>arrived in the period</source>
      <translation>وصلوا خلال الفترة</translation>
    </message>
    <message>
      <source>attended therapy</source>
      <translation>حضروا العلاج</translation>
    </message>
    <message>
      <source>awaiting a decision</source>
      <translation>بانتظار قرار</translation>
    </message>
    <message>
      <source>boy or young man</source>
      <translation>فتى أو شاب</translation>
    </message>
    <message>
      <source>cases closed, by where the young person went</source>
      <translation>الحالات المغلقة، حسب وجهة الشاب</translation>
    </message>
    <message>
      <source>children served, by age at intake</source>
      <translation>الأطفال المخدومون، حسب العمر عند الاستقبال</translation>
    </message>
    <message>
      <source>children served, by age at the end of the period</source>
      <translation>الأطفال المخدومون، حسب العمر في نهاية الفترة</translation>
    </message>
    <message>
      <source>children served, by arrival</source>
      <translation>الأطفال المخدومون، حسب الوصول</translation>
    </message>
    <message>
      <source>children served, by care stage at the end of the period</source>
      <translation>الأطفال المخدومون، حسب مرحلة الرعاية في نهاية الفترة</translation>
    </message>
    <message>
      <source>children served, by citizenship region</source>
      <translation>الأطفال المخدومون، حسب منطقة الجنسية</translation>
    </message>
    <message>
      <source>children served, by form of exploitation</source>
      <translation>الأطفال المخدومون، حسب شكل الاستغلال</translation>
    </message>
    <message>
      <source>children served, by gender</source>
      <translation>الأطفال المخدومون، حسب النوع الاجتماعي</translation>
    </message>
    <message>
      <source>children served, by going missing from care</source>
      <translation>الأطفال المخدومون، حسب الاختفاء من الرعاية</translation>
    </message>
    <message>
      <source>children served, by identification decision</source>
      <translation>الأطفال المخدومون، حسب قرار التعرّف</translation>
    </message>
    <message>
      <source>children served, by length of stay</source>
      <translation>الأطفال المخدومون، حسب مدة الإقامة</translation>
    </message>
    <message>
      <source>children served, by referral source</source>
      <translation>الأطفال المخدومون، حسب جهة الإحالة</translation>
    </message>
    <message>
      <source>children served, by referral to another service</source>
      <translation>الأطفال المخدومون، حسب الإحالة إلى جهة أخرى</translation>
    </message>
    <message>
      <source>children served, by restraint</source>
      <translation>الأطفال المخدومون، حسب التقييد الجسدي</translation>
    </message>
    <message>
      <source>children served, by risk flags raised</source>
      <translation>الأطفال المخدومون، حسب إشارات الخطر</translation>
    </message>
    <message>
      <source>children served, by therapy attended</source>
      <translation>الأطفال المخدومون، حسب حضور العلاج</translation>
    </message>
    <message>
      <source>did not go missing</source>
      <translation>لم يختفوا</translation>
    </message>
    <message>
      <source>fewer than two scores</source>
      <translation>أقل من درجتين</translation>
    </message>
    <message>
      <source>follow-up contacts made, by re-trafficking risk found</source>
      <translation>اتصالات المتابعة، حسب خطر إعادة الاتجار المرصود</translation>
    </message>
    <message>
      <source>girl or young woman</source>
      <translation>فتاة أو شابة</translation>
    </message>
    <message>
      <source>good</source>
      <translation>جيد</translation>
    </message>
    <message>
      <source>health service</source>
      <translation>جهة صحية</translation>
    </message>
    <message>
      <source>in the house before the period</source>
      <translation>في الدار قبل الفترة</translation>
    </message>
    <message>
      <source>incidents, by kind</source>
      <translation>الحوادث، حسب النوع</translation>
    </message>
    <message>
      <source>interview later or not held</source>
      <translation>مقابلة لاحقة أو لم تُعقد</translation>
    </message>
    <message>
      <source>interview within 72 hours</source>
      <translation>مقابلة خلال 72 ساعة</translation>
    </message>
    <message>
      <source>low</source>
      <translation>سيئ</translation>
    </message>
    <message>
      <source>missing episodes, by return interview</source>
      <translation>حالات الاختفاء، حسب مقابلة العودة</translation>
    </message>
    <message>
      <source>more than one form</source>
      <translation>أكثر من شكل</translation>
    </message>
    <message>
      <source>needs met, by category</source>
      <translation>الاحتياجات الملبّاة، حسب الفئة</translation>
    </message>
    <message>
      <source>needs opened, by category</source>
      <translation>الاحتياجات المفتوحة، حسب الفئة</translation>
    </message>
    <message>
      <source>negative decision</source>
      <translation>قرار سلبي</translation>
    </message>
    <message>
      <source>no decision recorded</source>
      <translation>لا قرار مسجّل</translation>
    </message>
    <message>
      <source>no reliable change</source>
      <translation>لا تغيّر موثوق</translation>
    </message>
    <message>
      <source>no risk flag raised</source>
      <translation>لا إشارة خطر</translation>
    </message>
    <message>
      <source>no therapy attended</source>
      <translation>لم يحضروا علاجًا</translation>
    </message>
    <message>
      <source>not back or interview not yet due</source>
      <translation>لم يعد أو لم يحن موعد المقابلة</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>غير مسجّل</translation>
    </message>
    <message>
      <source>not referred</source>
      <translation>لم تتم إحالتهم</translation>
    </message>
    <message>
      <source>not restrained</source>
      <translation>لم يُقيَّدوا</translation>
    </message>
    <message>
      <source>okay</source>
      <translation>مقبول</translation>
    </message>
    <message>
      <source>one or more risk flags raised</source>
      <translation>إشارة خطر واحدة أو أكثر</translation>
    </message>
    <message>
      <source>police or other law enforcement</source>
      <translation>الشرطة أو جهات إنفاذ القانون</translation>
    </message>
    <message>
      <source>positive final decision</source>
      <translation>قرار نهائي إيجابي</translation>
    </message>
    <message>
      <source>positive first-stage decision only</source>
      <translation>قرار إيجابي في المرحلة الأولى فقط</translation>
    </message>
    <message>
      <source>referrals made, by kind</source>
      <translation>الإحالات المُجراة، حسب النوع</translation>
    </message>
    <message>
      <source>referred in the period</source>
      <translation>أُحيلوا خلال الفترة</translation>
    </message>
    <message>
      <source>reliable change not available for this scale</source>
      <translation>التغيّر الموثوق غير متاح لهذا المقياس</translation>
    </message>
    <message>
      <source>reliably improved</source>
      <translation>تحسّن موثوق</translation>
    </message>
    <message>
      <source>reliably worse</source>
      <translation>تراجع موثوق</translation>
    </message>
    <message>
      <source>restrained in the period</source>
      <translation>قُيِّدوا خلال الفترة</translation>
    </message>
    <message>
      <source>risk not assessed</source>
      <translation>لم يُقيَّم الخطر</translation>
    </message>
    <message>
      <source>self or family</source>
      <translation>الشاب نفسه أو أسرته</translation>
    </message>
    <message>
      <source>social services or child protection</source>
      <translation>الخدمات الاجتماعية أو حماية الطفل</translation>
    </message>
    <message>
      <source>the house</source>
      <translation>الدار</translation>
    </message>
    <message>
      <source>therapy sessions attended or missed, by kind of therapy</source>
      <translation>جلسات العلاج المحضورة أو الفائتة، حسب نوع العلاج</translation>
    </message>
    <message>
      <source>therapy sessions attended or missed, by status</source>
      <translation>جلسات العلاج المحضورة أو الفائتة، حسب الحالة</translation>
    </message>
    <message>
      <source>under 1 month</source>
      <translation>أقل من شهر</translation>
    </message>
    <message>
      <source>under 12</source>
      <translation>أقل من 12</translation>
    </message>
    <message>
      <source>very good</source>
      <translation>جيد جدًا</translation>
    </message>
    <message>
      <source>very low</source>
      <translation>سيئ جدًا</translation>
    </message>
    <message>
      <source>went missing in the period</source>
      <translation>اختفوا خلال الفترة</translation>
    </message>
  </context>
</TS>
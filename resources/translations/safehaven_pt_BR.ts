<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
  <context>
    <name>AddResidentDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="228" />
      <source>Add resident</source>
      <translation>Adicionar residente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="239" />
      <source>e.g. Spanish, English</source>
      <translation>p. ex. espanhol, inglês</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="241" />
      <source>who referred them: police, a hotline...</source>
      <translation>quem encaminhou: polícia, uma linha de ajuda...</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="254" />
      <source>Preferred name</source>
      <translation>Nome preferido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="255" />
      <source>Date of birth</source>
      <translation>Data de nascimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="256" />
      <source>Intake date</source>
      <translation>Data de acolhimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="257" />
      <source>Care stage</source>
      <translation>Etapa do cuidado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="258" />
      <source>Pronouns</source>
      <translation>Pronomes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="259" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="260" />
      <source>Referral source</source>
      <translation>Quem encaminhou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="275" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Salvar (Ctrl+Enter)</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="52" />
      <location filename="../../src/safehaven/ui/admin.py" line="319" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="53" />
      <location filename="../../src/safehaven/ui/admin.py" line="320" />
      <source>Role</source>
      <translation>Função</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>Active</source>
      <translation>Ativo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>yes</source>
      <translation>sim</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="54" />
      <source>no</source>
      <translation>não</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="55" />
      <source>Gives medicines</source>
      <translation>Administra medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="65" />
      <source>Add staff member…</source>
      <translation>Adicionar pessoa da equipe…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="67" />
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="70" />
      <source>Set their passphrase…</source>
      <translation>Definir a frase de acesso da pessoa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="76" />
      <source>Only managers add or remove staff.</source>
      <translation>Só a coordenação adiciona ou remove pessoas da equipe.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="78" />
      <location filename="../../src/safehaven/ui/admin.py" line="348" />
      <source>Trained to give medicines</source>
      <translation>Treinado(a) para administrar medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="81" />
      <source>Change my passphrase…</source>
      <translation>Mudar minha frase de acesso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="98" />
      <source>Yours: at most the house's limit.</source>
      <translation>O seu: no máximo o limite da casa.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="106" />
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="109" />
      <source>(the system's)</source>
      <translation>(o do sistema)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="120" />
      <source>(none: no automatic backups)</source>
      <translation>(nenhuma: sem cópias automáticas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="123" />
      <source>Choose folder…</source>
      <translation>Escolher pasta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="130" />
      <source>Back up now</source>
      <translation>Fazer cópia agora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="143" />
      <source>Daily backup to</source>
      <translation>Cópia diária em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="145" />
      <source>Backups kept</source>
      <translation>Cópias guardadas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="146" />
      <source>Lock after idle</source>
      <translation>Bloquear após inatividade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="147" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="148" />
      <source>House idle-lock limit</source>
      <translation>Limite de bloqueio da casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="149" />
      <source>House language</source>
      <translation>Idioma da casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="151" />
      <source>Only managers set the house's idle-lock limit, language and backup folder. Your own language and a shorter idle lock are yours to choose.</source>
      <translation>Só a coordenação define o limite de bloqueio, o idioma e a pasta de backup da casa. O seu idioma e um bloqueio mais curto são escolha sua.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="162" />
      <source>House settings…</source>
      <translation>Configurações da casa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="163" />
      <source>Case reviews, complaints, the financial year, approvals, decisions and restraint techniques</source>
      <translation>Revisões do caso, reclamações, o ano fiscal, aprovações, decisões e técnicas de contenção</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="166" />
      <source>The house's other settings</source>
      <translation>Outras configurações da casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="167" />
      <source>Records are kept in</source>
      <translation>Os registros ficam em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="168" />
      <source>Logs (no records in them)</source>
      <translation>Registros técnicos (sem dados de residentes)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="169" />
      <source>Settings file</source>
      <translation>Arquivo de configurações</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="171" />
      <source>Staff</source>
      <translation>Equipe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="176" />
      <source>Supervision and records</source>
      <translation>Supervisão e prontuários</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="181" />
      <source>Settings</source>
      <translation>Configurações</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="183" />
      <source>About SafeHaven…</source>
      <translation>Sobre o SafeHaven…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="193" />
      <source>SafeHaven {0}

Encrypted, offline-first records for shelters and safe houses.
Free software under the GNU Affero General Public License, version 3 or later.

Records: {1}
Logs (no records in them): {2}</source>
      <translation>SafeHaven {0}

Registros criptografados, que funcionam sem internet, para casas de acolhimento e casas-abrigo.
Software livre sob a Licença Pública Geral Affero GNU, versão 3 ou posterior.

Registros: {1}
Registros técnicos (sem dados de residentes): {2}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="199" />
      <source>About SafeHaven</source>
      <translation>Sobre o SafeHaven</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/admin.py" line="219" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minutos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="277" />
      <source>Folder for daily backups</source>
      <translation>Pasta para as cópias diárias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="297" />
      <source>Writing the backup…</source>
      <translation>Gravando a cópia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="301" />
      <source>Backup written to {0}</source>
      <translation>Cópia gravada em {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="309" />
      <source>The same again</source>
      <translation>Repita a frase de acesso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="314" />
      <source>The two passphrases differ.</source>
      <translation>As duas frases de acesso não são iguais.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="322" />
      <source>Their passphrase (they type it themselves)</source>
      <translation>A frase de acesso da pessoa (ela mesma digita)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="329" />
      <source>Add staff member</source>
      <translation>Adicionar pessoa da equipe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="339" />
      <source>by role</source>
      <translation>pela função</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>trained</source>
      <translation>treinado(a)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="340" />
      <source>not trained</source>
      <translation>não treinado(a)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="346" />
      <source>No longer trained to give medicines</source>
      <translation>Não mais treinado(a) para dar medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="362" />
      <source>Clinicians and managers give medicines by their role; the training is recorded for staff.</source>
      <translation>Clínicos e gestores administram medicamentos pela função; o treinamento é registrado para a equipe.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="365" />
      <source>{0} will no longer be able to record medicines as given.</source>
      <translation>{0} não poderá mais registrar medicamentos como dados.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="367" />
      <source>{0} will be able to record medicines as given.</source>
      <translation>{0} poderá registrar medicamentos como dados.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="369" />
      <source>Training to give medicines</source>
      <translation>Treinamento para dar medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="386" />
      <source>Remove a staff member</source>
      <translation>Remover um membro da equipe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="387" />
      <source>Remove {0}? They will no longer unlock SafeHaven on any laptop of the house. Their records stay.</source>
      <translation>Remover {0}? Essa pessoa não poderá mais desbloquear o SafeHaven em nenhum notebook da casa. Os registros dela ficam.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <source>Change my passphrase</source>
      <translation>Mudar minha frase de acesso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="406" />
      <location filename="../../src/safehaven/ui/admin.py" line="423" />
      <source>New passphrase</source>
      <translation>Nova frase de acesso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="409" />
      <source>Your passphrase was changed.</source>
      <translation>Sua frase de acesso foi alterada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="422" />
      <source>New passphrase for %1</source>
      <translation>Nova frase de acesso para %1</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="425" />
      <source>%1 has a new passphrase, on every laptop of the house once they sync.</source>
      <translation>%1 tem uma nova frase de acesso, em todos os notebooks da casa assim que eles sincronizarem.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/admin.py" line="432" />
      <source>Choose a staff member in the list first.</source>
      <translation>Primeiro escolha uma pessoa da equipe na lista.</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="55" />
      <source>Submitted</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="56" />
      <source>Who</source>
      <translation>Quem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="57" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="61" />
      <source>Enter: approve or return it</source>
      <translation>Enter: aprovar ou devolver</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="75" />
      <source>Approvals ({0})</source>
      <translation>Aprovações ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="78" />
      <source>Plans and closures waiting for your approval</source>
      <translation>Planos e encerramentos aguardando sua aprovação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="82" />
      <source>Destruction of all records</source>
      <translation>Destruição de todos os registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="97" />
      <source>Approval</source>
      <translation>Aprovação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="98" />
      <source>Decision</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="99" />
      <source>Approve</source>
      <translation>Aprovar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="100" />
      <source>Return with a comment</source>
      <translation>Devolver com um comentário</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="101" />
      <source>Comment (what to change, when returning)</source>
      <translation>Comentário (o que mudar, ao devolver)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/approvals_tab.py" line="103" />
      <source>{0}: {1}, submitted {2}</source>
      <translation>{0}: {1}, enviado em {2}</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="228" />
      <source>Audit</source>
      <translation>Registro de acessos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="231" />
      <source>A young person</source>
      <translation>Um jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="232" />
      <source>A staff member</source>
      <translation>Um membro da equipe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="236" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="237" />
      <source>Who</source>
      <translation>Quem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="238" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="239" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="240" />
      <source>Young person</source>
      <translation>Jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="244" />
      <source>Export CSV…</source>
      <translation>Exportar CSV…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="289" />
      <source>Entries: {0}</source>
      <translation>Entradas: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="292" />
      <source>Save the audit as CSV</source>
      <translation>Salvar o registro de acessos como CSV</translation>
    </message>
  </context>
  <context>
    <name>BackgroundSync</name>
    <message>
      <location filename="../../src/safehaven/ui/background_sync.py" line="93" />
      <source>The server cannot be reached; changes wait here safely and go out when it can.</source>
      <translation>Não foi possível conectar ao servidor; as alterações esperam aqui com segurança e serão enviadas assim que possível.</translation>
    </message>
  </context>
  <context>
    <name>BookDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="279" />
      <source>Book a session</source>
      <translation>Agendar uma sessão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="288" />
      <source>Resident and therapy</source>
      <translation>Residente e terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="289" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
  </context>
  <context>
    <name>CareForms</name>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="75" />
      <source>Preferred name</source>
      <translation>Nome preferido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="77" />
      <source>Legal name (restricted)</source>
      <translation>Nome civil (acesso restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="80" />
      <source>Date of birth</source>
      <translation>Data de nascimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="82" />
      <source>Estimated age (when the date is unknown)</source>
      <translation>Idade estimada (quando a data não é conhecida)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="84" />
      <source>Gender</source>
      <translation>Gênero</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="85" />
      <source>Pronouns</source>
      <translation>Pronomes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="86" />
      <source>e.g. she/her, he/him, they/them</source>
      <translation>p. ex. ela/dela, ele/dele, elu/delu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="87" />
      <source>Languages (comma between)</source>
      <translation>Idiomas (separados por vírgula)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="89" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="149" />
      <source>Interpreter</source>
      <translation>Intérprete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="90" />
      <source>needs an interpreter</source>
      <translation>precisa de intérprete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="91" />
      <source>Interpreter's language</source>
      <translation>Idioma da interpretação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="93" />
      <source>Cultural and faith notes</source>
      <translation>Observações culturais e religiosas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="95" />
      <source>Dietary needs</source>
      <translation>Necessidades alimentares</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="96" />
      <source>Key worker</source>
      <translation>Pessoa de referência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="105" />
      <source>New stage</source>
      <translation>Nova etapa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="107" />
      <source>Why?</source>
      <translation>Por quê?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="109" />
      <source>Why does it skip a stage?</source>
      <translation>Por que pula uma etapa?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="111" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="155" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="112" />
      <source>Where the young person goes</source>
      <translation>Para onde vai o/a jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="119" />
      <source>Need</source>
      <translation>Necessidade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="121" />
      <source>Priority</source>
      <translation>Prioridade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="123" />
      <source>Owner</source>
      <translation>Responsável</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="124" />
      <source>Due</source>
      <translation>Prazo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="125" />
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="129" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="219" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="131" />
      <source>How it was met, or why it does not apply</source>
      <translation>Como foi atendida, ou por que não se aplica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="135" />
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="137" />
      <source>Provider</source>
      <translation>Profissional</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="138" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="139" />
      <source>Frequency</source>
      <translation>Frequência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="141" />
      <source>Funded sessions (cap)</source>
      <translation>Sessões financiadas (limite)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="143" />
      <source>Funded by</source>
      <translation>Financiado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="144" />
      <source>Starts</source>
      <translation>Início</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="146" />
      <source>Planned end</source>
      <translation>Término previsto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="148" />
      <source>Goals</source>
      <translation>Objetivos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="150" />
      <source>language or name, if one joins the sessions</source>
      <translation>idioma ou nome, se participar das sessões</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="154" />
      <source>Why is the plan ending?</source>
      <translation>Por que o plano está terminando?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="161" />
      <source>Therapy plan</source>
      <translation>Plano de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="162" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="206" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="239" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="163" />
      <source>Minutes</source>
      <translation>Minutos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="165" />
      <source>Place (if not the plan's)</source>
      <translation>Local (se não for o do plano)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="170" />
      <source>Purpose</source>
      <translation>Finalidade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="172" />
      <source>Shared with (service)</source>
      <translation>Compartilhado com (serviço)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="175" />
      <source>Consent given by</source>
      <translation>Quem dá o consentimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="177" />
      <source>Name of guardian or agency</source>
      <translation>Nome do/da responsável legal ou do órgão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="179" />
      <source>Consent</source>
      <translation>Consentimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="180" />
      <source>consent was given</source>
      <translation>o consentimento foi dado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="181" />
      <source>The young person's assent</source>
      <translation>Assentimento do/da jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="183" />
      <source>they agreed in their own words</source>
      <translation>concordou com as próprias palavras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="184" />
      <source>Given on</source>
      <translation>Dado em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="186" />
      <source>Expires on</source>
      <translation>Vence em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="191" />
      <source>Withdrawn on</source>
      <translation>Retirado em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="192" />
      <source>Why</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="195" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="196" />
      <source>Relationship</source>
      <translation>Vínculo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="197" />
      <source>e.g. aunt, teacher</source>
      <translation>p. ex. tia, professor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="198" />
      <source>Phone or other contact</source>
      <translation>Telefone ou outro contato</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="202" />
      <source>Vetting</source>
      <translation>Verificação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="204" />
      <source>How they were checked</source>
      <translation>Como foi verificado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="207" />
      <source>Checked by</source>
      <translation>Verificado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="208" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="221" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="328" />
      <source>Notes</source>
      <translation>Observações</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="213" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="215" />
      <source>Receiving service</source>
      <translation>Serviço que recebe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="217" />
      <source>Contact person there</source>
      <translation>Pessoa de contato lá</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="224" />
      <source>Referred on</source>
      <translation>Data do encaminhamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="228" />
      <source>Hand-off on</source>
      <translation>Data da transferência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="229" />
      <source>Accompanied by</source>
      <translation>Acompanhado/a por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="230" />
      <source>Received by</source>
      <translation>Recebido/a por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="237" />
      <source>What happened</source>
      <translation>O que aconteceu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="241" />
      <source>What happened, in plain words</source>
      <translation>O que aconteceu, em palavras simples</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="243" />
      <source>What was done at once</source>
      <translation>O que foi feito na hora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="244" />
      <source>Who was told</source>
      <translation>Quem foi avisado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="246" />
      <source>Told at</source>
      <translation>Avisado às</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="247" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="268" />
      <source>Police reference</source>
      <translation>Referência policial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="249" />
      <source>Last seen at</source>
      <translation>Visto/a pela última vez às</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="251" />
      <source>Last seen where</source>
      <translation>Visto/a pela última vez em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="253" />
      <source>Clothing and appearance (for the police)</source>
      <translation>Roupas e aparência (para a polícia)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="260" />
      <source>Back at</source>
      <translation>De volta às</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="261" />
      <source>How they came back</source>
      <translation>Como voltou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="262" />
      <source>alone, brought by police, found by staff…</source>
      <translation>sozinho/a, trazido/a pela polícia, encontrado/a pela equipe…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="263" />
      <source>Where they were, and with whom</source>
      <translation>Onde esteve e com quem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="265" />
      <location filename="../../src/safehaven/ui/care_forms.py" line="280" />
      <source>Sealed: only clinicians and managers read it. Left empty, what was written is kept.</source>
      <translation>Selado: só clínicos e gestores o leem. Se deixar vazio, o que foi escrito é mantido.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="267" />
      <source>Injuries seen</source>
      <translation>Lesões observadas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="275" />
      <source>Held at</source>
      <translation>Feita em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="276" />
      <source>Held by</source>
      <translation>Feita por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="277" />
      <source>ideally someone independent of the house</source>
      <translation>de preferência alguém independente da casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="278" />
      <source>What was said, and the actions that follow</source>
      <translation>O que foi dito e as ações que se seguem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="286" />
      <source>Warning signs: what tells of a crisis</source>
      <translation>Sinais de alerta: o que indica uma crise</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="288" />
      <source>What helps: coping strategies</source>
      <translation>O que ajuda: estratégias de enfrentamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="290" />
      <source>Safe people and places</source>
      <translation>Pessoas e lugares seguros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="292" />
      <source>People and places to avoid</source>
      <translation>Pessoas e lugares a evitar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="294" />
      <source>Whom to call</source>
      <translation>Para quem ligar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="296" />
      <source>Reviewed with the young person on</source>
      <translation>Revisado com o/a jovem em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="298" />
      <source>Next review</source>
      <translation>Próxima revisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="303" />
      <source>Outcome: what was done and what follows</source>
      <translation>Resultado: o que foi feito e o que vem a seguir</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="307" />
      <source>First contact due</source>
      <translation>Primeiro contato previsto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="308" />
      <source>How many contacts</source>
      <translation>Quantos contatos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="310" />
      <source>Every how many months</source>
      <translation>A cada quantos meses</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="315" />
      <source>Date of contact</source>
      <translation>Data do contato</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="316" />
      <source>How</source>
      <translation>Como</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="318" />
      <source>Spoke with</source>
      <translation>Falou com</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="319" />
      <source>the young person, a carer, a teacher…</source>
      <translation>o/a jovem, um cuidador, um professor…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="320" />
      <source>Wellbeing</source>
      <translation>Bem-estar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="322" />
      <source>School or work</source>
      <translation>Estudo ou trabalho</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="324" />
      <source>Risk signs</source>
      <translation>Sinais de risco</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/care_forms.py" line="326" />
      <source>Re-trafficking risk</source>
      <translation>Risco de novo aliciamento</translation>
    </message>
  </context>
  <context>
    <name>CaseActions</name>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="38" />
      <source>Case closed on {0}: {1}</source>
      <translation>Caso encerrado em {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="41" />
      <source>Transfer to {0} sent on {1}: waiting for its receipt</source>
      <translation>Transferência para {0} enviada em {1}: aguardando o comprovante</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="44" />
      <source>Closure waiting for a manager's approval</source>
      <translation>Encerramento aguardando aprovação da coordenação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="46" />
      <source>Closure returned: {0}</source>
      <translation>Encerramento devolvido: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="54" />
      <source>Reopen case…</source>
      <translation>Reabrir caso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="57" />
      <source>Only a manager reopens a case.</source>
      <translation>Só a coordenação reabre um caso.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="59" />
      <source>Close case…</source>
      <translation>Encerrar caso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="63" />
      <source>Clinicians and managers close cases.</source>
      <translation>Clínicos e coordenação encerram casos.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="73" />
      <source>Why is the case reopened?</source>
      <translation>Por que o caso é reaberto?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="74" />
      <location filename="../../src/safehaven/ui/case_actions.py" line="78" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="76" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="79" />
      <source>Where the young person went</source>
      <translation>Para onde o jovem foi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="80" />
      <source>Anything else</source>
      <translation>Algo mais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="88" />
      <source>Close case</source>
      <translation>Encerrar caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="89" />
      <source>{0} leaves Today and the weekly lists; follow-up contacts go on.</source>
      <translation>{0} sai de Hoje e das listas semanais; os contatos de acompanhamento continuam.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="93" />
      <source>Reopen case</source>
      <translation>Reabrir caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="94" />
      <source>{0}'s case was closed on {1}.</source>
      <translation>O caso de {0} foi encerrado em {1}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="102" />
      <source>Case reopened</source>
      <translation>Caso reaberto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="103" />
      <source>Case closed: {0}</source>
      <translation>Caso encerrado: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="105" />
      <source>Transfer sent</source>
      <translation>Transferência enviada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/case_actions.py" line="107" />
      <source>Closure submitted: {0}</source>
      <translation>Encerramento enviado: {0}</translation>
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
      <translation>Descartar este registro diário? O que você digitou será perdido.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="146" />
      <source>Check-in: {0}</source>
      <translation>Registro diário: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Very low</source>
      <translation>Muito mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Low</source>
      <translation>Mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <source>Okay</source>
      <translation>Mais ou menos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="149" />
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Good</source>
      <translation>Bem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="150" />
      <source>Very good</source>
      <translation>Muito bem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Fair</source>
      <translation>Regular</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="161" />
      <source>Poor</source>
      <translation>Mal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>Somewhat</source>
      <translation>Em parte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="166" />
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="172" />
      <source>A risk that goes on: it stays on Today, for the manager too, until an incident is recorded for it. Space ticks or unticks it.</source>
      <translation>Um risco que continua: fica em Hoje, também para a coordenação, até que um incidente seja registrado para ele. Espaço marca ou desmarca.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="179" />
      <source>What happened, if anything: alerts the manager</source>
      <translation>O que aconteceu, se algo aconteceu: alerta a coordenação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="182" />
      <source>Something that happened this shift (a fight, a visitor, an injury). Text here puts an alert on Today for the manager until an incident is recorded from it. A risk flag is different: a risk that goes on, not one event.</source>
      <translation>Algo que aconteceu neste turno (uma briga, uma visita, um ferimento). Um texto aqui coloca um alerta em Hoje para a coordenação até que um incidente seja registrado a partir dele. Um sinal de risco é diferente: um risco que continua, não um único acontecimento.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="193" />
      <source>Check-in for {0}</source>
      <translation>Registro diário de {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="202" />
      <source>Mood</source>
      <translation>Humor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="204" />
      <source>Sleep</source>
      <translation>Sono</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="205" />
      <source>Appetite</source>
      <translation>Apetite</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="206" />
      <source>Feels safe</source>
      <translation>Sente-se em segurança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="207" />
      <source>Engagement</source>
      <translation>Participação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="208" />
      <source>Risk flags</source>
      <translation>Sinais de risco</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="210" />
      <source>Incidents</source>
      <translation>Ocorrências</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="212" />
      <source>Note</source>
      <translation>Anotação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="215" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Salvar (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="252" />
      <source>ALLERGIES: {0}</source>
      <translation>ALERGIAS: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkin.py" line="304" />
      <source>Choose a face for today's mood.</source>
      <translation>Escolha uma carinha para o humor de hoje.</translation>
    </message>
  </context>
  <context>
    <name>CheckinsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="64" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="65" />
      <source>Shift</source>
      <translation>Turno</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="66" />
      <source>Mood</source>
      <translation>Humor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="67" />
      <source>Feels safe</source>
      <translation>Sente-se em segurança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="68" />
      <source>Flags</source>
      <translation>Sinais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="69" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="70" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="76" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Correct…</source>
      <translation>Corrigir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="78" />
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="162" />
      <source>Void…</source>
      <translation>Anular…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="104" />
      <source>void: {0}</source>
      <translation>anulação: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="107" />
      <source>voided</source>
      <translation>anulado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="108" />
      <source>corrected</source>
      <translation>corrigido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="110" />
      <source>correction: {0}</source>
      <translation>correção: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="133" />
      <source>Recorded by {0}</source>
      <translation>Registrado por {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="136" />
      <source>Voided by {0}: {1}</source>
      <translation>Anulado por {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="137" />
      <source>Corrected by {0}: {1}</source>
      <translation>Corrigido por {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="140" />
      <source>Incidents: {0}</source>
      <translation>Incidentes: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="147" />
      <source>Choose a check-in in the table first.</source>
      <translation>Escolha primeiro um registro diário na tabela.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="178" />
      <source>Correct the check-in: {0}</source>
      <translation>Corrigir o registro diário: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="181" />
      <source>What was wrong</source>
      <translation>O que estava errado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="187" />
      <source>Why it is corrected</source>
      <translation>Por que é corrigido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="194" />
      <source>Say why it is corrected.</source>
      <translation>Diga por que é corrigido.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="220" />
      <source>Void the check-in</source>
      <translation>Anular o registro diário</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="221" />
      <source>Why it is voided</source>
      <translation>Por que é anulado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="222" />
      <source>recorded for the wrong child, or in error</source>
      <translation>registrado para a criança errada, ou por engano</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="223" />
      <source>The check-in of {0} ({1}) is kept in the history and counted nowhere.</source>
      <translation>O registro diário de {0} ({1}) é mantido no histórico e não é contado em lugar nenhum.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/checkins_panel.py" line="225" />
      <source>Void</source>
      <translation>Anular</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="161" />
      <source>Complaints (a manager answers each)</source>
      <translation>Reclamações (um(a) gestor(a) responde a cada uma)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="162" />
      <source>Made on</source>
      <translation>Feita em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="163" />
      <source>Complaint</source>
      <translation>Reclamação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="164" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="165" />
      <source>NOT ANSWERED YET</source>
      <translation>AINDA SEM RESPOSTA</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="166" />
      <source>Answered</source>
      <translation>Respondida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="167" />
      <source>What they were told</source>
      <translation>O que lhe foi dito</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="169" />
      <source>Write down a complaint…</source>
      <translation>Anotar uma reclamação…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="171" />
      <source>Answer…</source>
      <translation>Responder…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="180" />
      <source>A complaint</source>
      <translation>Uma reclamação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="187" />
      <source>Answer a complaint</source>
      <translation>Responder a uma reclamação</translation>
    </message>
  </context>
  <context>
    <name>ConsentTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="284" />
      <source>Consent and assent</source>
      <translation>Consentimento e assentimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="285" />
      <source>Purpose</source>
      <translation>Finalidade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="287" />
      <source>Given by</source>
      <translation>Dado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>Assent</source>
      <translation>Assentimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="288" />
      <source>yes</source>
      <translation>sim</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="289" />
      <source>no</source>
      <translation>não</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="290" />
      <source>Valid</source>
      <translation>Validade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="293" />
      <source>Add consent…</source>
      <translation>Adicionar consentimento…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="294" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="303" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="295" />
      <source>Withdraw…</source>
      <translation>Retirar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="296" />
      <source>Trusted adults</source>
      <translation>Adultos de confiança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="297" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="298" />
      <source>Relationship</source>
      <translation>Vínculo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="299" />
      <source>Contact</source>
      <translation>Contato</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="300" />
      <source>Vetting</source>
      <translation>Verificação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="302" />
      <source>Add trusted adult…</source>
      <translation>Adicionar adulto de confiança…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="304" />
      <source>Record vetting…</source>
      <translation>Registrar verificação…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="316" />
      <source>The young person, with {0}</source>
      <translation>O/a jovem, com {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="321" />
      <source>withdrawn {0}</source>
      <translation>retirado em {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="323" />
      <source>expired {0}</source>
      <translation>vencido em {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="325" />
      <source>not valid (no consent or assent)</source>
      <translation>não válido (sem consentimento nem assentimento)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="326" />
      <source>until {0}</source>
      <translation>até {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="330" />
      <source>NOT VETTED: no contact or hand-off yet</source>
      <translation>NÃO VERIFICADO: ainda sem contato nem transferência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="336" />
      <source>Add consent</source>
      <translation>Adicionar consentimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="343" />
      <source>Correct consent</source>
      <translation>Corrigir consentimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="350" />
      <source>Consent withdrawn: {0}</source>
      <translation>Consentimento retirado: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="354" />
      <source>Add trusted adult</source>
      <translation>Adicionar adulto de confiança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="361" />
      <source>Edit trusted adult</source>
      <translation>Editar adulto de confiança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="369" />
      <source>Vetting: {0}</source>
      <translation>Verificação: {0}</translation>
    </message>
  </context>
  <context>
    <name>ContactsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="24" />
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="84" />
      <source>No-contact list</source>
      <translation>Lista de contato proibido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="25" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="26" />
      <source>Who they are</source>
      <translation>Quem é</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="27" />
      <source>Also known as</source>
      <translation>Também conhecido/a como</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="28" />
      <source>Phone numbers</source>
      <translation>Telefones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="29" />
      <source>Why</source>
      <translation>Por quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="32" />
      <source>Add to the list…</source>
      <translation>Acrescentar à lista…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="33" />
      <source>Change…</source>
      <translation>Alterar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="34" />
      <source>Take off the list</source>
      <translation>Tirar da lista</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="35" />
      <source>Visits, calls, messages and letters</source>
      <translation>Visitas, ligações, mensagens e cartas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="36" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="38" />
      <source>How</source>
      <translation>Como</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="39" />
      <source>Who</source>
      <translation>Quem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="40" />
      <source>Supervised by</source>
      <translation>Supervisionado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="41" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="42" />
      <source>How it went</source>
      <translation>Como foi</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="45" />
      <source>Record a visit or call…</source>
      <translation>Registrar uma visita ou ligação…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="46" />
      <source>Correct…</source>
      <translation>Corrigir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="60" />
      <source>(clinicians and managers only)</source>
      <translation>(só clínicos e gestores)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="64" />
      <source>ON THE NO-CONTACT LIST</source>
      <translation>NA LISTA DE CONTATO PROIBIDO</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="66" />
      <source>not allowed</source>
      <translation>não permitido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="68" />
      <source>unknown person</source>
      <translation>pessoa desconhecida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="69" />
      <source>adult not yet vetted</source>
      <translation>adulto ainda não verificado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="76" />
      <source>Add to the no-contact list</source>
      <translation>Acrescentar à lista de contato proibido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="89" />
      <source>Take {0} off the no-contact list? Staff will no longer be warned.</source>
      <translation>Tirar {0} da lista de contato proibido? A equipe não será mais alertada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="95" />
      <source>Record a visit or call</source>
      <translation>Registrar uma visita ou ligação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/contacts_panel.py" line="102" />
      <source>Correct a contact</source>
      <translation>Corrigir um contato</translation>
    </message>
  </context>
  <context>
    <name>DateFields</name>
    <message>
      <location filename="../../src/safehaven/ui/date_fields.py" line="240" />
      <source>Today</source>
      <translation>Hoje</translation>
    </message>
  </context>
  <context>
    <name>DestructionForms</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="26" />
      <source>Destroy records</source>
      <translation>Destruir registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="27" />
      <source>Why (do not name the young person: this stays after the records are gone)</source>
      <translation>Por quê (não nomeie a pessoa jovem: isto fica depois que os registros somem)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="30" />
      <source>Ask for every record of {0} to be destroyed on every laptop and on the server. Another manager must approve; until then nothing is erased. It cannot be undone.</source>
      <translation>Pedir a destruição de todos os registros de {0} em todos os notebooks e no servidor. Outro gestor precisa aprovar; até lá nada é apagado. Não pode ser desfeito.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="47" />
      <source>Destruction of records</source>
      <translation>Destruição de registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="48" />
      <source>Decision</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="49" />
      <source>Decline</source>
      <translation>Recusar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="50" />
      <source>Approve: destroy every record now</source>
      <translation>Aprovar: destruir todos os registros agora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="52" />
      <source>Why not (when declining)</source>
      <translation>Por que não (ao recusar)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="54" />
      <source>{0} asked on {1} to destroy every record of {2} (case closed {3}): “{4}”. Approving erases them on this laptop at once, and on every other laptop and the server at their next sync. It cannot be undone.</source>
      <translation>{0} pediu em {1} a destruição de todos os registros de {2} (caso encerrado em {3}): “{4}”. Aprovar os apaga neste notebook na hora, e nos outros notebooks e no servidor na próxima sincronização. Não pode ser desfeito.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="68" />
      <source>declined</source>
      <translation>recusada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="70" />
      <source>waiting for a second manager</source>
      <translation>aguardando um segundo gestor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="72" />
      <source>erased on {0} of {1} laptops</source>
      <translation>apagados em {0} de {1} notebooks</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="75" />
      <source>erased on every laptop</source>
      <translation>apagados em todos os notebooks</translation>
    </message>
  </context>
  <context>
    <name>DestructionsDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="91" />
      <source>Destructions</source>
      <translation>Destruições</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="93" />
      <source>Asked</source>
      <translation>Pedida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="95" />
      <source>Young person</source>
      <translation>Pessoa jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="96" />
      <source>(records destroyed)</source>
      <translation>(registros destruídos)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="97" />
      <source>State</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="98" />
      <source>Laptops</source>
      <translation>Notebooks</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="102" />
      <source>Enter: approve or decline one waiting for you</source>
      <translation>Enter: aprovar ou recusar uma que aguarda você</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="117" />
      <source>{0} at {1}</source>
      <translation>{0} em {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/destruction_dialogs.py" line="120" />
      <source>not yet: {0}</source>
      <translation>ainda não: {0}</translation>
    </message>
  </context>
  <context>
    <name>DetailsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="50" />
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Your house and you</source>
      <translation>Sua casa e você</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="70" />
      <source>Organisation</source>
      <translation>Organização</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="71" />
      <source>House name</source>
      <translation>Nome da casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="72" />
      <source>Server address</source>
      <translation>Endereço do servidor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="73" />
      <source>Enrolment code</source>
      <translation>Código de entrada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="74" />
      <source>Your name</source>
      <translation>Seu nome</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="75" />
      <source>Passphrase</source>
      <translation>Frase de acesso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="77" />
      <source>Passphrase again</source>
      <translation>Repita a frase de acesso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="91" />
      <source>Join your house</source>
      <translation>Entrar na sua casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="107" />
      <source>Fill in the server address, the code and your name.</source>
      <translation>Preencha o endereço do servidor, o código e seu nome.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="109" />
      <source>Fill in the house name and your name.</source>
      <translation>Preencha o nome da casa e seu nome.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="114" />
      <source>The two passphrases differ.</source>
      <translation>As duas frases de acesso não são iguais.</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="283" />
      <source>Save a copy…</source>
      <translation>Salvar uma cópia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="306" />
      <source>This kind of file cannot be shown here. Save a copy to open it with another program.</source>
      <translation>Este tipo de arquivo não pode ser exibido aqui. Salve uma cópia para abri-la com outro programa.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="310" />
      <source>Added {0}</source>
      <translation>Adicionado em {0}</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="52" />
      <source>Documents (drop a file here to add it)</source>
      <translation>Documentos (solte um arquivo aqui para adicioná-lo)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="53" />
      <source>Added</source>
      <translation>Adicionado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="54" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="55" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="157" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="257" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="56" />
      <source>Dated</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="58" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="159" />
      <source>Who may open it</source>
      <translation>Quem pode abrir</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="59" />
      <source>Size</source>
      <translation>Tamanho</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="60" />
      <source>State</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="62" />
      <source>Add a file…</source>
      <translation>Adicionar um arquivo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="63" />
      <source>Open</source>
      <translation>Em aberto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="64" />
      <source>Save a copy…</source>
      <translation>Salvar uma cópia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="65" />
      <source>Correct…</source>
      <translation>Corrigir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="66" />
      <source>Remove…</source>
      <translation>Remover…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="82" />
      <source>Pictures</source>
      <translation>Imagens</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="133" />
      <source>Closed to your role</source>
      <translation>Fechado para a sua função</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="134" />
      <source>Not on this laptop yet: fetched when opened</source>
      <translation>Ainda não está neste notebook: baixado ao abrir</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="137" />
      <source>{0} KB</source>
      <translation>{0} KB</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="138" />
      <source>{0} MB</source>
      <translation>{0} MB</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="144" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="164" />
      <source>Add a document</source>
      <translation>Adicionar um documento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="145" />
      <source>Pictures and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
      <translation>Imagens e documentos (*.jpg *.jpeg *.png *.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="154" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="255" />
      <source>What it is</source>
      <translation>O que é</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="158" />
      <location filename="../../src/safehaven/ui/documents_tab.py" line="258" />
      <source>Date on the document</source>
      <translation>Data que consta no documento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="161" />
      <source>A photo of the young person needs a current consent to photographs.</source>
      <translation>Uma foto do jovem exige consentimento vigente para fotografias.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="197" />
      <source>Fetching the document from the server…</source>
      <translation>Buscando o documento no servidor…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="205" />
      <source>Fetching the document from the server… {0} of {1} parts</source>
      <translation>Buscando o documento no servidor… {0} de {1} partes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="217" />
      <source>This document's content is not on this laptop yet, and the server cannot be reached now. Connect to the house's network, then open it again.</source>
      <translation>O conteúdo deste documento ainda não está neste notebook e o servidor não pode ser alcançado agora. Conecte-se à rede da casa e abra-o novamente.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="236" />
      <source>Save a copy</source>
      <translation>Salvar uma cópia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="245" />
      <source>A copy in the clear is at {0}. Keep it safe and delete it when done.</source>
      <translation>Uma cópia sem criptografia está em {0}. Guarde-a em segurança e apague-a quando terminar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="254" />
      <source>Correct “{0}”</source>
      <translation>Corrigir “{0}”</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="265" />
      <source>Remove “{0}”</source>
      <translation>Remover “{0}”</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/documents_tab.py" line="266" />
      <source>Why it is removed (kept in the record)</source>
      <translation>Por que é removido (fica no prontuário)</translation>
    </message>
  </context>
  <context>
    <name>FaceButton</name>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>chosen</source>
      <translation>escolhida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="64" />
      <source>not chosen</source>
      <translation>não escolhida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/faces.py" line="65" />
      <source>Mood {0} of 5: {1}</source>
      <translation>Humor {0} de 5: {1}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="167" />
      <source>Set up SafeHaven</source>
      <translation>Configurar o SafeHaven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="181" />
      <source>Joining: fetching the house's records…</source>
      <translation>Entrando: recebendo os registros da casa…</translation>
    </message>
  </context>
  <context>
    <name>GuardedDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="93" />
      <source>Esc again locks SafeHaven at once (what you typed is kept). To close this form, press Cancel.</source>
      <translation>Esc de novo bloqueia o SafeHaven na hora (o que você digitou fica guardado). Para fechar este formulário, clique em Cancelar.</translation>
    </message>
  </context>
  <context>
    <name>HandoverButton</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="59" />
      <source>Since my last shift</source>
      <translation>Desde o meu último turno</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="60" />
      <source>New incidents, flags, missed check-ins, sessions, notes and the house log since your last shift ended, and who wrote them</source>
      <translation>Novos incidentes, sinais, registros diários não feitos, sessões, notas e registro da casa desde o fim do seu último turno, e quem os escreveu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="75" />
      <source>Since my last shift ({0})</source>
      <translation>Desde o meu último turno ({0})</translation>
    </message>
  </context>
  <context>
    <name>HandoverView</name>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="90" />
      <location filename="../../src/safehaven/ui/handover.py" line="112" />
      <source>Since my last shift</source>
      <translation>Desde o meu último turno</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="93" />
      <location filename="../../src/safehaven/ui/handover.py" line="131" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="94" />
      <location filename="../../src/safehaven/ui/handover.py" line="129" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="95" />
      <source>Who</source>
      <translation>Quem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="96" />
      <source>Detail</source>
      <translation>Detalhe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="97" />
      <source>Written by</source>
      <translation>Escrito por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="101" />
      <source>Your first shift here: the last day and night, since {0}</source>
      <translation>Seu primeiro turno aqui: o último dia e a última noite, desde {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="102" />
      <source>Since your last shift ended: {0}</source>
      <translation>Desde o fim do seu último turno: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="105" />
      <source>On shift now: {0}</source>
      <translation>De plantão agora: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="107" />
      <source>Write a handover note…</source>
      <translation>Escrever uma nota de passagem de turno…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="128" />
      <source>Handover note</source>
      <translation>Nota de passagem de turno</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/handover.py" line="133" />
      <source>What the next shift needs to know</source>
      <translation>O que o próximo turno precisa saber</translation>
    </message>
  </context>
  <context>
    <name>HealthForms</name>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="32" />
      <source>No allergies recorded.</source>
      <translation>Nenhuma alergia registrada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="33" />
      <source>ALLERGIES: {0}</source>
      <translation>ALERGIAS: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="38" />
      <source>Allergies (comma between)</source>
      <translation>Alergias (separadas por vírgulas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="40" />
      <source>e.g. penicillin, peanuts</source>
      <translation>p. ex. penicilina, amendoim</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="41" />
      <source>Reactions, and what to do</source>
      <translation>Reações e o que fazer</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="43" />
      <source>Health conditions</source>
      <translation>Condições de saúde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="45" />
      <source>Doctor or clinic, and how to reach them</source>
      <translation>Médico ou clínica, e como contatá-los</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="47" />
      <source>Immunisations</source>
      <translation>Vacinas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="51" />
      <source>Height (cm)</source>
      <translation>Altura (cm)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="53" />
      <source>Weight (kg)</source>
      <translation>Peso (kg)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="55" />
      <source>e.g. 41.5</source>
      <translation>p. ex. 41,5</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="58" />
      <source>Pregnancy (restricted)</source>
      <translation>Gravidez (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="64" />
      <source>Medicine</source>
      <translation>Medicamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="110" />
      <source>Dose</source>
      <translation>Dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="65" />
      <source>e.g. 500 mg, 1 tablet, 5 ml</source>
      <translation>p. ex. 500 mg, 1 comprimido, 5 ml</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="66" />
      <source>How it is taken</source>
      <translation>Como é tomado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="68" />
      <source>Form</source>
      <translation>Forma</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>Strength</source>
      <translation>Concentração</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="69" />
      <source>e.g. 250 mg/5 ml</source>
      <translation>p. ex. 250 mg/5 ml</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="122" />
      <source>Active substances (comma between)</source>
      <translation>Princípios ativos (separados por vírgulas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="71" />
      <source>checked against the allergies</source>
      <translation>comparados com as alergias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="72" />
      <source>As needed</source>
      <translation>Se necessário</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="73" />
      <source>as needed (PRN), not at set times</source>
      <translation>se necessário (SOS), não em horários fixos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="120" />
      <source>Times of day</source>
      <translation>Horários do dia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="74" />
      <source>e.g. 08:00, 20:00</source>
      <translation>p. ex. 08:00, 20:00</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="75" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="112" />
      <source>As needed: what for</source>
      <translation>Se necessário: para quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="76" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="115" />
      <source>As needed: minutes at least between doses</source>
      <translation>Se necessário: minutos mínimos entre doses</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="78" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="117" />
      <source>As needed: most doses in 24 hours</source>
      <translation>Se necessário: máximo de doses em 24 horas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="80" />
      <source>Prescriber</source>
      <translation>Prescritor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="81" />
      <source>Starts</source>
      <translation>Começa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="82" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="124" />
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="83" />
      <source>Why it was prescribed</source>
      <translation>Por que foi prescrito</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="84" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="125" />
      <source>Instructions</source>
      <translation>Instruções</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="85" />
      <source>Controlled drug</source>
      <translation>Medicamento controlado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="86" />
      <source>every dose given needs a witness</source>
      <translation>cada dose dada precisa de uma testemunha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="87" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="126" />
      <source>Units a dose takes from the stock</source>
      <translation>Unidades que uma dose tira do estoque</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="89" />
      <source>tablets, ml…; 1 when left empty</source>
      <translation>comprimidos, ml…; 1 se ficar vazio</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="93" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="131" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="95" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="133" />
      <source>How many units (tablets, ml)</source>
      <translation>Quantas unidades (comprimidos, ml)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="98" />
      <source>Batch number</source>
      <translation>Número do lote</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="99" />
      <source>from the label; a return or disposal may name it</source>
      <translation>do rótulo; uma devolução ou descarte pode indicá-lo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="100" />
      <source>Expires (stock received)</source>
      <translation>Validade (estoque recebido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="138" />
      <source>Why it is stopped</source>
      <translation>Por que é suspenso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="139" />
      <source>First day without it</source>
      <translation>Primeiro dia sem ele</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="144" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="171" />
      <source>What happened</source>
      <translation>O que aconteceu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="153" />
      <source>Scheduled dose</source>
      <translation>Dose programada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="177" />
      <source>How it helped (checked later)</source>
      <translation>Como ajudou (verificado depois)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="97" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="156" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="173" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="157" />
      <source>Dose given</source>
      <translation>Dose dada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="103" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="160" />
      <source>Witness (controlled drug)</source>
      <translation>Testemunha (medicamento controlado)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="162" />
      <source>What it was needed for</source>
      <translation>Para que foi necessária</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="163" />
      <source>Why not given (if not given)</source>
      <translation>Por que não foi dada (se não foi)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="105" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="135" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="164" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="174" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_forms.py" line="130" />
      <location filename="../../src/safehaven/ui/health_forms.py" line="170" />
      <source>Why it is corrected</source>
      <translation>Por que é corrigido</translation>
    </message>
  </context>
  <context>
    <name>HealthTab</name>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="55" />
      <source>Health profile…</source>
      <translation>Perfil de saúde…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="61" />
      <source>Medicines</source>
      <translation>Medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="62" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="85" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="93" />
      <source>Medicine</source>
      <translation>Medicamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="64" />
      <source>Dose</source>
      <translation>Dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="65" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="84" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="92" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="66" />
      <source>Prescriber</source>
      <translation>Prescritor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="67" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="111" />
      <source>Stock</source>
      <translation>Estoque</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="68" />
      <source>State</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="74" />
      <source>Record a dose…</source>
      <translation>Registrar uma dose…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="76" />
      <source>Add prescription…</source>
      <translation>Adicionar prescrição…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="77" />
      <source>Edit prescription…</source>
      <translation>Editar prescrição…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="79" />
      <source>Stock…</source>
      <translation>Estoque…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="81" />
      <source>Stop…</source>
      <translation>Suspender…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="82" />
      <source>Print this week's chart…</source>
      <translation>Imprimir a folha desta semana…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="83" />
      <source>Doses (last two weeks)</source>
      <translation>Doses (últimas duas semanas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="86" />
      <source>What happened</source>
      <translation>O que aconteceu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="87" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="97" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="88" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="98" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="90" />
      <source>Correct or add the effect…</source>
      <translation>Corrigir ou adicionar o efeito…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="91" />
      <source>Stock (last two weeks)</source>
      <translation>Estoque (últimas duas semanas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="94" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="95" />
      <source>Units</source>
      <translation>Unidades</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="96" />
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="102" />
      <source>Correct…</source>
      <translation>Corrigir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="110" />
      <source>Doses</source>
      <translation>Doses</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="130" />
      <source>Prescriptions are copied by clinicians, managers and staff trained to give medicines.</source>
      <translation>As receitas são copiadas por clínicos, gestores e equipe treinada para dar medicamentos.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="138" />
      <source>Conditions</source>
      <translation>Condições de saúde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="139" />
      <source>Doctor or clinic</source>
      <translation>Médico ou clínica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="140" />
      <source>Immunisations</source>
      <translation>Vacinas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="141" />
      <source>Height and weight</source>
      <translation>Altura e peso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="142" />
      <source>Dietary needs</source>
      <translation>Necessidades alimentares</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="143" />
      <source>Pregnancy</source>
      <translation>Gravidez</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="146" />
      <source>No health profile yet.</source>
      <translation>Ainda não há perfil de saúde.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="157" />
      <source>{0} cm</source>
      <translation>{0} cm</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="158" />
      <source>{0} kg</source>
      <translation>{0} kg</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="165" />
      <source>as needed: {0}</source>
      <translation>se necessário: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="170" />
      <source>stopped {0}</source>
      <translation>suspenso em {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="171" />
      <source>controlled</source>
      <translation>controlado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="173" />
      <source>until {0}</source>
      <translation>até {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="174" />
      <source>current</source>
      <translation>em uso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="182" />
      <source>{0} (count: {1} expected {2})</source>
      <translation>{0} (contagem: {1}, esperado {2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="185" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="191" />
      <source>no batch</source>
      <translation>sem lote</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="195" />
      <source>{0} EXPIRED {1}</source>
      <translation>{0} VENCIDO {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="196" />
      <source>{0} until {1}</source>
      <translation>{0} até {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="210" />
      <source>effect: {0}</source>
      <translation>efeito: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/health_tab.py" line="211" />
      <source>corrected: {0}</source>
      <translation>corrigido: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="213" />
      <source>witness {0}</source>
      <translation>testemunha {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="220" />
      <source>Health profile</source>
      <translation>Perfil de saúde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="229" />
      <source>Add prescription</source>
      <translation>Adicionar prescrição</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="237" />
      <source>Edit prescription: {0}</source>
      <translation>Editar prescrição: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="244" />
      <source>Correct a stock entry</source>
      <translation>Corrigir um lançamento de estoque</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="251" />
      <source>Stop: {0}</source>
      <translation>Suspender: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="260" />
      <source>Dose: {0}</source>
      <translation>Dose: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="270" />
      <source>Stock: {0}</source>
      <translation>Estoque: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="279" />
      <source>Correct a dose record</source>
      <translation>Corrigir um registro de dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/health_tab.py" line="298" />
      <source>Medication chart: {0}</source>
      <translation>Folha de medicação: {0}</translation>
    </message>
  </context>
  <context>
    <name>HouseSettingsForm</name>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="48" />
      <source>Weeks between case reviews</source>
      <translation>Semanas entre revisões do caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="50" />
      <source>Days a complaint may wait for an answer</source>
      <translation>Dias que uma reclamação pode esperar resposta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="52" />
      <source>The financial year starts in</source>
      <translation>O ano fiscal começa em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="54" />
      <source>for the funder summary</source>
      <translation>para o resumo aos financiadores</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="55" />
      <source>Largest document (MB)</source>
      <translation>Maior documento (MB)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="57" />
      <source>Laptops fetch in the background</source>
      <translation>Os notebooks baixam em segundo plano</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="59" />
      <source>the rest of a document comes when it is opened; one laptop may choose less on its Sync page</source>
      <translation>o resto de um documento chega quando ele é aberto; um notebook pode escolher menos na sua página Sincronizar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="61" />
      <source>A manager approves</source>
      <translation>Um gestor aprova</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="62" />
      <source>therapy plans</source>
      <translation>planos terapêuticos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="63" />
      <source>safety plans</source>
      <translation>planos de segurança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="64" />
      <source>closures</source>
      <translation>encerramentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="65" />
      <source>First-stage identification decisions</source>
      <translation>Decisões de identificação de primeira etapa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="67" />
      <source>one a line; a later decision confirms them (the NRM's reasonable grounds, say)</source>
      <translation>uma por linha; uma decisão posterior as confirma (os motivos razoáveis do NRM, por exemplo)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="69" />
      <source>Final identification decisions</source>
      <translation>Decisões de identificação finais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="71" />
      <source>one a line: a shipped decision by its code, the house's own in its words</source>
      <translation>uma por linha: uma decisão de fábrica pelo código, as da casa com suas palavras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="73" />
      <source>Restraint techniques</source>
      <translation>Técnicas de contenção</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="75" />
      <source>one a line: those the house trains in</source>
      <translation>uma por linha: aquelas em que a casa treina</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="79" />
      <source>These apply on every laptop of the house. Both lists of decisions or the techniques left empty: the shipped list. Records keep the decision or technique they were made with. The idle-lock limit and the house's language are on the Admin page; retention rules under Retention.</source>
      <translation>Valem em todos os laptops da casa. As duas listas de decisões ou as técnicas deixadas vazias: a lista de fábrica. Os registros mantêm a decisão ou técnica com que foram feitos. O limite de bloqueio por inatividade e o idioma da casa ficam na página de Administração; as regras de retenção, em Retenção.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="85" />
      <source>Only a manager changes the house's settings: you can see them here.</source>
      <translation>Só um gestor altera as configurações da casa: você pode vê-las aqui.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="87" />
      <source>House settings</source>
      <translation>Configurações da casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/house_settings_form.py" line="98" />
      <source>Only a manager changes this.</source>
      <translation>Só um gestor altera isto.</translation>
    </message>
  </context>
  <context>
    <name>IntakeProfileBox</name>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="24" />
      <source>Trafficking profile now (you may skip it)</source>
      <translation>Perfil de tráfico agora (você pode pular)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="37" />
      <source>the country, or its two-letter code</source>
      <translation>o país, ou seu código de duas letras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="44" />
      <source>Forms of exploitation</source>
      <translation>Formas de exploração</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="45" />
      <source>Country of origin</source>
      <translation>País de origem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="46" />
      <source>Citizenship</source>
      <translation>Nacionalidade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="47" />
      <source>How they were identified</source>
      <translation>Como foi identificada/o</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/intake_profile.py" line="48" />
      <source>Identified by</source>
      <translation>Identificada/o por</translation>
    </message>
  </context>
  <context>
    <name>LegalPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="100" />
      <source>Legal cases (details for clinicians and managers)</source>
      <translation>Processos judiciais (detalhes para clínicos e gestores)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="101" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="102" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="119" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="103" />
      <source>Began</source>
      <translation>Início</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="104" />
      <source>Reference</source>
      <translation>Referência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="105" />
      <source>Lawyer or advocate</source>
      <translation>Advogado(a) ou defensor(a)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="106" />
      <source>Special measures</source>
      <translation>Medidas especiais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="109" />
      <source>Add case…</source>
      <translation>Adicionar processo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="110" />
      <source>Edit case…</source>
      <translation>Editar processo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="111" />
      <source>Add hearing…</source>
      <translation>Adicionar audiência…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="112" />
      <source>Hearings and appointments</source>
      <translation>Audiências e compromissos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="113" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="114" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="115" />
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="116" />
      <source>Who goes</source>
      <translation>Quem vai</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="117" />
      <source>NOBODY YET</source>
      <translation>NINGUÉM AINDA</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="118" />
      <source>Transport</source>
      <translation>Transporte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="121" />
      <source>Who goes…</source>
      <translation>Quem vai…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="123" />
      <source>Edit hearing…</source>
      <translation>Editar audiência…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="133" />
      <source>Add a legal case</source>
      <translation>Adicionar um processo judicial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="140" />
      <source>Edit a legal case</source>
      <translation>Editar um processo judicial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="147" />
      <source>Add a hearing or appointment</source>
      <translation>Adicionar uma audiência ou compromisso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="154" />
      <source>Who goes with the young person</source>
      <translation>Quem acompanha a/o jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="162" />
      <source>Edit a hearing or appointment</source>
      <translation>Editar uma audiência ou compromisso</translation>
    </message>
  </context>
  <context>
    <name>LifeForms</name>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="31" />
      <source>Forms of exploitation</source>
      <translation>Formas de exploração</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="33" />
      <source>all that apply</source>
      <translation>todas as que se aplicam</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="34" />
      <source>Country of origin</source>
      <translation>País de origem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="36" />
      <source>Citizenship</source>
      <translation>Nacionalidade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="37" />
      <source>Where they were exploited</source>
      <translation>Onde foi explorada/o</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="38" />
      <source>countries</source>
      <translation>países</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="39" />
      <source>When, and for how long</source>
      <translation>Quando e por quanto tempo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="41" />
      <source>How they were identified</source>
      <translation>Como foi identificada/o</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="43" />
      <source>Identified by</source>
      <translation>Identificada/o por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="44" />
      <source>Immigration status</source>
      <translation>Situação migratória</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="46" />
      <source>Guardian or advocate</source>
      <translation>Tutor(a) ou defensor(a)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="47" />
      <source>an independent child trafficking guardian, say</source>
      <translation>por exemplo, um tutor independente para crianças vítimas de tráfico</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="48" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="133" />
      <source>How to reach them</source>
      <translation>Como contatar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="57" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="195" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="60" />
      <source>Referred or applied on</source>
      <translation>Encaminhada ou pedida em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="62" />
      <source>Decided on</source>
      <translation>Decidida em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="64" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="84" />
      <source>Reference (restricted)</source>
      <translation>Referência (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="66" />
      <source>Note (restricted)</source>
      <translation>Nota (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="70" />
      <source>Decision</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="76" />
      <source>Kind of case</source>
      <translation>Tipo de processo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="79" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="115" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="172" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="82" />
      <source>Began on</source>
      <translation>Começou em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="86" />
      <source>Lawyer or advocate, and how to reach them (restricted)</source>
      <translation>Advogado(a) ou defensor(a), e como contatar (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="88" />
      <source>Special measures asked for (restricted)</source>
      <translation>Medidas especiais pedidas (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="90" />
      <source>screens, a video link, an intermediary…</source>
      <translation>biombos, videoconferência, um intermediário…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="91" />
      <source>Outcome (restricted)</source>
      <translation>Resultado (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="93" />
      <source>Notes (restricted)</source>
      <translation>Notas (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="99" />
      <source>Who goes with the young person</source>
      <translation>Quem acompanha a/o jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="101" />
      <source>How they get there</source>
      <translation>Como chegam lá</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="108" />
      <location filename="../../src/safehaven/ui/life_forms.py" line="155" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="109" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="112" />
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="113" />
      <source>How long (minutes)</source>
      <translation>Quanto durou (minutos)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="118" />
      <source>What it is about, how to prepare (restricted)</source>
      <translation>Do que se trata, como se preparar (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="124" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="127" />
      <source>School, college or employer</source>
      <translation>Escola, faculdade ou empregador</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="129" />
      <source>Class, year group or trade</source>
      <translation>Turma, série ou ofício</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="131" />
      <source>Designated teacher or tutor</source>
      <translation>Professor responsável ou tutor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="135" />
      <source>Starts</source>
      <translation>Início</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="137" />
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="142" />
      <source>Week of</source>
      <translation>Semana de</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="143" />
      <source>any day of the week</source>
      <translation>qualquer dia da semana</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="144" />
      <source>Sessions there were</source>
      <translation>Sessões que houve</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="146" />
      <source>Sessions attended</source>
      <translation>Sessões frequentadas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="147" />
      <source>Why any were missed</source>
      <translation>Por que faltou a alguma</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="152" />
      <source>What happened</source>
      <translation>O que aconteceu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="154" />
      <source>What, in a few words</source>
      <translation>O quê, em poucas palavras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="156" />
      <source>Days (an exclusion)</source>
      <translation>Dias (uma suspensão)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="161" />
      <source>The goal, in their own words</source>
      <translation>A meta, com as próprias palavras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="162" />
      <source>With the therapy plan</source>
      <translation>Com o plano de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="165" />
      <source>Set on</source>
      <translation>Definida em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="170" />
      <source>How it is going, as they say it</source>
      <translation>Como está indo, como ela/ele diz</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="174" />
      <source>Reviewed on</source>
      <translation>Revista em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="179" />
      <source>What they said, in their words</source>
      <translation>O que disse, com as palavras dela/dele</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="180" />
      <source>About</source>
      <translation>Sobre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="181" />
      <source>family, school, where to live, court…</source>
      <translation>família, escola, onde morar, tribunal…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="182" />
      <source>Said on</source>
      <translation>Dito em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="187" />
      <source>The complaint, in their words</source>
      <translation>A reclamação, com as palavras dela/dele</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="188" />
      <source>Made on</source>
      <translation>Feita em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="193" />
      <source>How it was looked into (restricted)</source>
      <translation>Como foi apurada (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="194" />
      <source>What the young person was told (restricted)</source>
      <translation>O que foi dito à/ao jovem (restrito)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="197" />
      <source>Is the young person satisfied?</source>
      <translation>A/o jovem está satisfeita/o?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="199" />
      <source>Answered on</source>
      <translation>Respondida em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="204" />
      <source>Who took part</source>
      <translation>Quem participou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="205" />
      <source>the young person, key worker, therapist…</source>
      <translation>a/o jovem, pessoa de referência, terapeuta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="206" />
      <source>The young person took part</source>
      <translation>A/o jovem participou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="207" />
      <source>What the young person said, in their words</source>
      <translation>O que o/a jovem disse, com as próprias palavras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="209" />
      <source>What was decided</source>
      <translation>O que foi decidido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="210" />
      <source>Held on</source>
      <translation>Realizada em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="211" />
      <source>Next review</source>
      <translation>Próxima revisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_forms.py" line="212" />
      <source>empty: after the house's usual weeks</source>
      <translation>vazio: após as semanas habituais da casa</translation>
    </message>
  </context>
  <context>
    <name>LifeTab</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="41" />
      <source>Legal case</source>
      <translation>Processo judicial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="42" />
      <source>Profile and decisions</source>
      <translation>Perfil e decisões</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="43" />
      <source>School</source>
      <translation>Escola</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="44" />
      <source>Their voice</source>
      <translation>A voz dela/dele</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="45" />
      <source>Complaints</source>
      <translation>Reclamações</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="46" />
      <source>Reviews</source>
      <translation>Revisões</translation>
    </message>
  </context>
  <context>
    <name>MeasuresTab</name>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="37" />
      <source>Scores</source>
      <translation>Pontuações</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="38" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="39" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="93" />
      <source>Measure</source>
      <translation>Escala</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="40" />
      <source>Score</source>
      <translation>Pontuação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="42" />
      <source>Band</source>
      <translation>Faixa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="43" />
      <source>Subscales</source>
      <translation>Subescalas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="44" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="98" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="113" />
      <source>Given by</source>
      <translation>Aplicada por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="47" />
      <source>Record a score…</source>
      <translation>Registrar uma pontuação…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="48" />
      <source>Correct…</source>
      <translation>Corrigir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="49" />
      <source>Remove (typed in error)</source>
      <translation>Remover (digitada por engano)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="50" />
      <source>Add a house scale…</source>
      <translation>Adicionar uma escala da casa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="52" />
      <source>Scores over time, with each measure's published bands</source>
      <translation>Pontuações ao longo do tempo, com as faixas publicadas de cada escala</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="69" />
      <source>No scores recorded yet.</source>
      <translation>Ainda não há pontuações registradas.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="77" />
      <source>{0}: one score so far, {1} ({2})</source>
      <translation>{0}: só uma pontuação até agora, {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>improved</source>
      <translation>melhorou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="79" />
      <source>worse</source>
      <translation>piorou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="80" />
      <source>no reliable change</source>
      <translation>sem mudança confiável</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="82" />
      <source>reliable change not available for this scale</source>
      <translation>mudança confiável não disponível para esta escala</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="83" />
      <source>{0}: {1} ({2}) on {3} → {4} ({5}) on {6}: {7}</source>
      <translation>{0}: {1} ({2}) em {3} → {4} ({5}) em {6}: {7}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="111" />
      <source>Total score</source>
      <translation>Pontuação total</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="95" />
      <source>the total on the publisher's form</source>
      <translation>o total no formulário da editora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="97" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="112" />
      <source>Taken on</source>
      <translation>Aplicada em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="99" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="115" />
      <source>Subscale scores (optional)</source>
      <translation>Pontuações das subescalas (opcional)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="100" />
      <source>e.g. intrusion=7, avoidance=3</source>
      <translation>p. ex. intrusion=7, avoidance=3</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="101" />
      <location filename="../../src/safehaven/ui/measures_tab.py" line="117" />
      <source>Note (no item answers)</source>
      <translation>Anotação (sem as respostas dos itens)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="103" />
      <source>Record a score</source>
      <translation>Registrar uma pontuação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="119" />
      <source>Correct a score: {0}</source>
      <translation>Corrigir uma pontuação: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="130" />
      <source>Name of the scale</source>
      <translation>Nome da escala</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="131" />
      <source>Lowest score</source>
      <translation>Pontuação mínima</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="132" />
      <source>Highest score</source>
      <translation>Pontuação máxima</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="133" />
      <source>Bands (lowest score=label)</source>
      <translation>Faixas (pontuação mínima=nome)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="134" />
      <source>e.g. 0=Low, 10=Moderate, 20=High</source>
      <translation>p. ex. 0=Baixo, 10=Moderado, 20=Alto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="135" />
      <source>Direction</source>
      <translation>Sentido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="136" />
      <source>A higher score is better</source>
      <translation>Pontuação mais alta é melhor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/measures_tab.py" line="138" />
      <source>Add a house scale</source>
      <translation>Adicionar uma escala da casa</translation>
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="141" />
      <source>Stabilization needs</source>
      <translation>Necessidades de estabilização</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="142" />
      <source>Need</source>
      <translation>Necessidade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="143" />
      <source>Priority</source>
      <translation>Prioridade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="144" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="145" />
      <source>Owner</source>
      <translation>Responsável</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="146" />
      <source>Due</source>
      <translation>Prazo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="147" />
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="150" />
      <source>Add need…</source>
      <translation>Adicionar necessidade…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="151" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="152" />
      <source>Start</source>
      <translation>Iniciar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="153" />
      <source>Close (met or not applicable)…</source>
      <translation>Encerrar (atendida ou não se aplica)…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="162" />
      <source>Add need</source>
      <translation>Adicionar necessidade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="169" />
      <source>Edit need</source>
      <translation>Editar necessidade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="180" />
      <source>Close need: {0}</source>
      <translation>Encerrar necessidade: {0}</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="57" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation>Algo deu errado ({0}); nada foi perdido.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/page.py" line="76" />
      <source>Select all rows</source>
      <translation>Selecionar todas as linhas</translation>
    </message>
  </context>
  <context>
    <name>PdfPane</name>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="38" />
      <source>Save as PDF…</source>
      <translation>Salvar como PDF…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="40" />
      <source>Print…</source>
      <translation>Imprimir…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="59" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n página</numerusform>
        <numerusform>%n páginas</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="73" />
      <source>Save as PDF</source>
      <translation>Salvar como PDF</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="74" />
      <source>PDF files (*.pdf)</source>
      <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/pdf_pane.py" line="78" />
      <source>Saved to {0}</source>
      <translation>Salvo em {0}</translation>
    </message>
  </context>
  <context>
    <name>ProfilePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="176" />
      <source>Trafficking profile…</source>
      <translation>Perfil de tráfico…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="180" />
      <location filename="../../src/safehaven/ui/life_tab.py" line="224" />
      <source>Trafficking profile</source>
      <translation>Perfil de tráfico</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="183" />
      <source>Identification and status decisions</source>
      <translation>Decisões de identificação e de situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="184" />
      <source>Decision</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="185" />
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="186" />
      <source>Referred</source>
      <translation>Encaminhada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="187" />
      <source>Decided</source>
      <translation>Decidida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="188" />
      <source>Reference</source>
      <translation>Referência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="190" />
      <source>Add decision…</source>
      <translation>Adicionar decisão…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="191" />
      <source>Record the decision…</source>
      <translation>Registrar a decisão…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="205" />
      <source>No trafficking profile yet.</source>
      <translation>Ainda não há perfil de tráfico.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="207" />
      <source>Forms of exploitation</source>
      <translation>Formas de exploração</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="209" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="211" />
      <source>Where and when</source>
      <translation>Onde e quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="213" />
      <source>Identified</source>
      <translation>Identificação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="215" />
      <source>Immigration status</source>
      <translation>Situação migratória</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="216" />
      <source>Guardian or advocate</source>
      <translation>Tutor(a) ou defensor(a)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="229" />
      <source>Add a decision</source>
      <translation>Adicionar uma decisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_tab.py" line="236" />
      <source>Record the decision</source>
      <translation>Registrar a decisão</translation>
    </message>
  </context>
  <context>
    <name>ReceiveDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="87" />
      <source>Receive a transfer</source>
      <translation>Receber uma transferência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="88" />
      <source>Open a transfer file…</source>
      <translation>Abrir um arquivo de transferência…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="90" />
      <source>Open the file the sending house gave you.</source>
      <translation>Abra o arquivo que a casa que envia entregou a você.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="93" />
      <source>Why it is declined</source>
      <translation>Por que é recusada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="94" />
      <source>Accept…</source>
      <translation>Aceitar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="96" />
      <source>Decline…</source>
      <translation>Recusar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="123" />
      <source>Transfer file</source>
      <translation>Arquivo de transferência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="132" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="179" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="184" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>Algo deu errado ({0}); nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="136" />
      <source>{0}, from {1} ({2}), signed by {3}.</source>
      <translation>{0}, de {1} ({2}), assinado por {3}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="139" />
      <source>Signer's fingerprint: {0}</source>
      <translation>Impressão digital de quem assinou: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="140" />
      <source>Records: {0} · documents: {1}</source>
      <translation>Registros: {0} · documentos: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="143" />
      <source>This transfer was already accepted or declined here.</source>
      <translation>Esta transferência já foi aceita ou recusada aqui.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="154" />
      <source>Say why it is declined.</source>
      <translation>Diga por que é recusada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="156" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="161" />
      <source>Accept the transfer</source>
      <translation>Aceitar a transferência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="157" />
      <source>Is {0} the fingerprint the sending house's manager read to you?</source>
      <translation>{0} é a impressão digital que a coordenação da casa que envia leu para você?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="164" />
      <source>Save the receipt for the sending house</source>
      <translation>Salvar o comprovante para a casa que envia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="168" />
      <source>{0} is now a resident of this house. Give the receipt ({1}) to the sending house.</source>
      <translation>{0} agora é residente desta casa. Entregue o comprovante ({1}) à casa que enviou.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="170" />
      <source>Declined. Give the receipt ({0}) to the sending house.</source>
      <translation>Recusada. Entregue o comprovante ({0}) à casa que enviou.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="263" />
      <source>Discard this record? What you typed will be lost.</source>
      <translation>Descartar este registro? O que você digitou será perdido.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="147" />
      <source>Save (Ctrl+Enter)</source>
      <translation>Salvar (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="127" />
      <source>{0} ({1}–{2})</source>
      <translation>{0} ({1}–{2})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/record_form.py" line="310" />
      <source>Something went wrong ({0}); nothing was lost.</source>
      <translation>Algo deu errado ({0}); nada foi perdido.</translation>
    </message>
  </context>
  <context>
    <name>RecordReceipt</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="196" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="212" />
      <source>Transfer receipt</source>
      <translation>Comprovante da transferência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="202" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="218" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>Algo deu errado ({0}); nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="206" />
      <source>{0} accepted {1}: the case will close as transferred.</source>
      <translation>{0} aceitou {1}: o caso será encerrado como transferido.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="208" />
      <source>{0} declined {1}: the case stays open.</source>
      <translation>{0} recusou {1}: o caso continua aberto.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="210" />
      <source>{0}

Signed by {1}. Fingerprint of {2}'s card: {3}

Record it?</source>
      <translation>{0}

Assinado por {1}. Impressão digital do cartão de {2}: {3}

Registrar?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="216" />
      <source>The receipt was recorded.</source>
      <translation>O comprovante foi registrado.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="124" />
      <source>Your recovery key</source>
      <translation>Sua chave de recuperação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="131" />
      <source>Print</source>
      <translation>Imprimir</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="133" />
      <source>I have written it down and will keep it locked away</source>
      <translation>Anotei a chave e vou guardá-la trancada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="136" />
      <source>If every passphrase is forgotten, this key is the only way back into the records. It is shown only once. Write it down or print it, and keep it locked away from this laptop.</source>
      <translation>Se todas as frases de acesso forem esquecidas, esta chave é o único jeito de voltar aos registros. Ela só aparece uma vez. Anote ou imprima a chave e guarde-a trancada, longe deste notebook.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="152" />
      <source>SafeHaven recovery key</source>
      <translation>Chave de recuperação do SafeHaven</translation>
    </message>
  </context>
  <context>
    <name>ReferralsTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="378" />
      <source>Referrals and hand-offs</source>
      <translation>Encaminhamentos e transferências</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="379" />
      <source>Date</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="380" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="381" />
      <source>Service</source>
      <translation>Serviço</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="383" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>Hand-off</source>
      <translation>Transferência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="384" />
      <source>{0}: with {1}, received by {2}</source>
      <translation>{0}: com {1}, recebido/a por {2}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="388" />
      <source>Add referral…</source>
      <translation>Adicionar encaminhamento…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="390" />
      <source>Update…</source>
      <translation>Atualizar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="392" />
      <source>Hand-off summary…</source>
      <translation>Resumo para a transferência…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="394" />
      <source>Follow-up contacts</source>
      <translation>Contatos de acompanhamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="395" />
      <source>Due</source>
      <translation>Prazo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="396" />
      <source>Done</source>
      <translation>Realizado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="397" />
      <source>Spoke with</source>
      <translation>Falou com</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="398" />
      <source>Risk</source>
      <translation>Risco</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="399" />
      <source>Signs</source>
      <translation>Sinais</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="402" />
      <source>Plan follow-ups…</source>
      <translation>Planejar acompanhamento…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="403" />
      <source>Record contact…</source>
      <translation>Registrar contato…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="415" />
      <source>OVERDUE</source>
      <translation>ATRASADO</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="418" />
      <source>Add referral</source>
      <translation>Adicionar encaminhamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="425" />
      <source>Update referral</source>
      <translation>Atualizar encaminhamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="435" />
      <source>Hand-off summary</source>
      <translation>Resumo para a transferência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="450" />
      <source>Include the legal name</source>
      <translation>Incluir o nome civil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="451" />
      <source>Include the clinical notes</source>
      <translation>Incluir as anotações clínicas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="452" />
      <source>Include the legal case's details and how they were exploited</source>
      <translation>Incluir os detalhes do processo judicial e como foi explorada/o</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="462" />
      <source>Share only what the receiving service needs and the young person has agreed to.</source>
      <translation>Compartilhe só o que o serviço que recebe precisa e com o que o/a jovem concordou.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="464" />
      <source>Receiving service (leave empty for the house's own file):</source>
      <translation>Serviço receptor (deixe vazio para o arquivo da casa):</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="488" />
      <source>No consent names this service</source>
      <translation>Nenhum consentimento nomeia este serviço</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="491" />
      <source>Why must it be shared anyway?</source>
      <translation>Por que deve ser compartilhado mesmo assim?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="517" />
      <source>Hand-off summary: {0}</source>
      <translation>Resumo para a transferência: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="523" />
      <source>Plan follow-up contacts</source>
      <translation>Planejar contatos de acompanhamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="530" />
      <source>Follow-up contact due {0}</source>
      <translation>Contato de acompanhamento previsto para {0}</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="29" />
      <source>Weekly house report</source>
      <translation>Relatório semanal da casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="30" />
      <source>Funder summary (de-identified)</source>
      <translation>Resumo para financiadores (anonimizado)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="34" />
      <source>Make report</source>
      <translation>Gerar relatório</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="43" />
      <source>Reports</source>
      <translation>Relatórios</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="64" />
      <source>{0} (from {1})</source>
      <translation>{0} (desde {1})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="67" />
      <source>in progress</source>
      <translation>em andamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="82" />
      <source>Financial year from {0}</source>
      <translation>Ano fiscal a partir de {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="92" />
      <source>Only managers print or save the weekly report: it shows every child's flags and incidents.</source>
      <translation>Só a coordenação imprime ou salva o relatório semanal: ele mostra os sinais e incidentes de cada criança.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="101" />
      <source>Making the report…</source>
      <translation>Gerando o relatório…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/reports_page.py" line="119" />
      <source>The choice changed while it was made: make the report again.</source>
      <translation>A escolha mudou enquanto era feito: faça o relatório de novo.</translation>
    </message>
  </context>
  <context>
    <name>ResidentPage</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="60" />
      <source>← Residents</source>
      <translation>← Residentes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="65" />
      <source>Check in</source>
      <translation>Fazer registro diário</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="68" />
      <source>Move stage…</source>
      <translation>Mudar de etapa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="232" />
      <source>Edit profile…</source>
      <translation>Editar perfil…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Note</source>
      <translation>Anotação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="92" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="95" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="96" />
      <source>Who</source>
      <translation>Quem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="97" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="101" />
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="103" />
      <source>Needs</source>
      <translation>Necessidades</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="105" />
      <source>Check-ins</source>
      <translation>Registros diários</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="106" />
      <source>Safety</source>
      <translation>Segurança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="109" />
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="113" />
      <source>Measures</source>
      <translation>Escalas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="115" />
      <source>Consent &amp;&amp; adults</source>
      <translation>Consentimento e adultos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals &amp;&amp; follow-up</source>
      <translation>Encaminhamentos e acompanhamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="119" />
      <source>Notes &amp;&amp; timeline</source>
      <translation>Anotações e linha do tempo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="104" />
      <source>Check-ins</source>
      <comment>short tab title</comment>
      <translation>Registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="72" />
      <source>Close case…</source>
      <translation>Encerrar caso…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="75" />
      <source>Transfer…</source>
      <translation>Transferir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="76" />
      <source>Transfer to another house of the organisation</source>
      <translation>Transferir para outra casa da organização</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="244" />
      <source>About them</source>
      <translation>Sobre ela/ele</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="248" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="102" />
      <source>Profile, legal case, school and their own voice</source>
      <translation>Perfil, processo judicial, escola e a própria voz</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="107" />
      <source>Health</source>
      <translation>Saúde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="108" />
      <source>Health and medicines</source>
      <translation>Saúde e medicamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="114" />
      <source>Consent</source>
      <translation>Consentimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="117" />
      <source>Referrals</source>
      <translation>Encaminhamentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="118" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="258" />
      <source>Mood over the last 30 days</source>
      <translation>Humor nos últimos 30 dias</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="267" />
      <source>Write a note…</source>
      <translation>Escreva uma anotação…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="269" />
      <source>Save note</source>
      <translation>Salvar anotação</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/resident_detail.py" line="299" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n ano</numerusform>
        <numerusform>%n anos</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="302" />
      <source>needs an interpreter</source>
      <translation>precisa de intérprete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="327" />
      <source>Preferred name</source>
      <translation>Nome preferido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>Legal name</source>
      <translation>Nome civil</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="329" />
      <source>not recorded</source>
      <translation>não registrado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="331" />
      <source>Date of birth</source>
      <translation>Data de nascimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="332" />
      <source>estimated age {0}</source>
      <translation>idade estimada {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="333" />
      <source>Gender</source>
      <translation>Gênero</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="334" />
      <source>Pronouns</source>
      <translation>Pronomes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="335" />
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>Interpreter</source>
      <translation>Intérprete</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="336" />
      <source>yes</source>
      <translation>sim</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="337" />
      <source>not needed</source>
      <translation>não precisa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="338" />
      <source>Cultural and faith notes</source>
      <translation>Observações culturais e religiosas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="339" />
      <source>Dietary needs</source>
      <translation>Necessidades alimentares</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="340" />
      <source>Intake</source>
      <translation>Acolhimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="341" />
      <source>Referral source</source>
      <translation>Quem encaminhou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="343" />
      <source>Key worker</source>
      <translation>Pessoa de referência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="379" />
      <source>Clinical note</source>
      <translation>Anotação clínica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="380" />
      <source>Amended note</source>
      <translation>Anotação corrigida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="383" />
      <source>Stage: {0}</source>
      <translation>Etapa: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="391" />
      <source>House log: {0}</source>
      <translation>Registro da casa: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="394" />
      <source>Referral ({0})</source>
      <translation>Encaminhamento ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="425" />
      <source>Move stage</source>
      <translation>Mudar de etapa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="426" />
      <source>{0} is now in: {1}</source>
      <translation>{0} agora está em: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_detail.py" line="451" />
      <source>Profile: {0}</source>
      <translation>Perfil: {0}</translation>
    </message>
  </context>
  <context>
    <name>ResidentsPage</name>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="56" />
      <source>Preferred name</source>
      <translation>Nome preferido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="58" />
      <source>Age</source>
      <translation>Idade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="60" />
      <source>Closed {0}</source>
      <translation>Encerrado em {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="63" />
      <source>Days since intake</source>
      <translation>Dias desde o acolhimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="65" />
      <source>Last check-in</source>
      <translation>Último registro diário</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="68" />
      <source>Open needs</source>
      <translation>Necessidades em aberto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="69" />
      <source>Next session</source>
      <translation>Próxima sessão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="75" />
      <source>Search by name…</source>
      <translation>Buscar pelo nome…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="77" />
      <source>Search residents by name</source>
      <translation>Buscar residentes pelo nome</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="79" />
      <source>Clear the search</source>
      <translation>Limpar a busca</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="84" />
      <source>All stages</source>
      <translation>Todas as etapas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Open cases</source>
      <translation>Casos abertos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="90" />
      <source>Closed cases</source>
      <translation>Casos encerrados</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="91" />
      <source>Open and closed</source>
      <translation>Abertos e encerrados</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="93" />
      <source>Show open or closed cases</source>
      <translation>Mostrar casos abertos ou encerrados</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="96" />
      <source>Add resident…</source>
      <translation>Adicionar residente…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="98" />
      <source>Search notes…</source>
      <translation>Buscar nas anotações…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="99" />
      <source>Search the notes, check-ins, incidents and house log (Ctrl+F)</source>
      <translation>Buscar nas anotações, registros diários, incidentes e no registro da casa (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="118" />
      <source>Residents</source>
      <translation>Residentes</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/residents.py" line="162" />
      <source>{0} of %n resident(s)</source>
      <translation>
        <numerusform>{0} de %n residente</numerusform>
        <numerusform>{0} de %n residentes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/residents.py" line="191" />
      <source>Save a new record anyway?</source>
      <translation>Salvar um novo registro mesmo assim?</translation>
    </message>
  </context>
  <context>
    <name>RestraintsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="25" />
      <source>Restraints and physical interventions</source>
      <translation>Contenções e intervenções físicas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="26" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="28" />
      <source>Technique</source>
      <translation>Técnica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="29" />
      <source>Minutes</source>
      <translation>Minutos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="30" />
      <source>What led to it</source>
      <translation>O que levou a isso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="31" />
      <source>Debrief</source>
      <translation>Conversa posterior</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>Review</source>
      <translation>Revisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="32" />
      <source>done</source>
      <translation>feita</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="33" />
      <source>DUE: a manager</source>
      <translation>PENDENTE: um/uma gestor/a</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="36" />
      <source>Record a restraint…</source>
      <translation>Registrar uma contenção…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="37" />
      <source>Debrief…</source>
      <translation>Conversa posterior…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="38" />
      <source>Manager's review…</source>
      <translation>Revisão do/da gestor/a…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="40" />
      <source>Correct…</source>
      <translation>Corrigir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="52" />
      <source>DUE by {0}</source>
      <translation>PENDENTE até {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="58" />
      <source>Record a restraint</source>
      <translation>Registrar uma contenção</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="69" />
      <source>Debrief after a restraint</source>
      <translation>Conversa posterior a uma contenção</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="76" />
      <source>Manager's review of a restraint</source>
      <translation>Revisão de uma contenção pelo/a gestor/a</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/restraints_panel.py" line="83" />
      <source>Correct a restraint record</source>
      <translation>Corrigir um registro de contenção</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="321" />
      <source>Retention</source>
      <translation>Retenção</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="325" />
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="326" />
      <location filename="../../src/safehaven/ui/supervision.py" line="436" />
      <source>Young person</source>
      <translation>Jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="327" />
      <source>Records</source>
      <translation>Registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="328" />
      <source>Closed</source>
      <translation>Encerrado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="329" />
      <location filename="../../src/safehaven/ui/supervision.py" line="435" />
      <source>Legal hold</source>
      <translation>Retenção legal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="336" />
      <source>Whose law the defaults follow</source>
      <translation>Qual lei os padrões seguem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="338" />
      <source>Place a legal hold…</source>
      <translation>Aplicar uma retenção legal…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="340" />
      <source>Lift the hold</source>
      <translation>Suspender a retenção</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="341" />
      <location filename="../../src/safehaven/ui/supervision.py" line="408" />
      <source>Choose a held line in the list first.</source>
      <translation>Primeiro escolha uma linha retida na lista.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="343" />
      <source>Destroy…</source>
      <translation>Destruir…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="344" />
      <source>Ask for the chosen young person's records to be destroyed; a second manager approves</source>
      <translation>Pedir a destruição dos registros da pessoa jovem escolhida; um segundo gestor aprova</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="347" />
      <source>Destructions…</source>
      <translation>Destruições…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="348" />
      <source>Destructions asked for, and which laptops have erased the records</source>
      <translation>Destruições pedidas e quais notebooks apagaram os registros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="354" />
      <source>Destroying a young person's records needs two managers, reaches every laptop and the server, and cannot be undone; a legal hold keeps them whatever the date.</source>
      <translation>Destruir os registros de uma pessoa jovem exige dois gestores, chega a todos os notebooks e ao servidor e não pode ser desfeito; uma retenção legal os mantém seja qual for a data.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="362" />
      <source>Defaults of:</source>
      <translation>Padrões de:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="389" />
      <source>Rules ({0}): {1}. Listed: due now or within a year.</source>
      <translation>Regras ({0}): {1}. Na lista: o que vence agora ou dentro de um ano.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>none chosen</source>
      <translation>nenhuma escolhida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="396" />
      <source>England</source>
      <translation>Inglaterra</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="397" />
      <source>Scotland</source>
      <translation>Escócia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="419" />
      <source>Choose a line that is not held in the list first.</source>
      <translation>Escolha primeiro uma linha da lista que não esteja retida.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="437" />
      <source>Why the records are kept</source>
      <translation>Por que os registros são mantidos</translation>
    </message>
  </context>
  <context>
    <name>ReviewsPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="195" />
      <source>Case reviews</source>
      <translation>Revisões do caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="196" />
      <source>Held on</source>
      <translation>Realizada em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="197" />
      <source>Who took part</source>
      <translation>Quem participou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="198" />
      <source>Decisions</source>
      <translation>Decisões</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="199" />
      <source>Next review</source>
      <translation>Próxima revisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="202" />
      <source>Review sheet…</source>
      <translation>Folha de revisão…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="203" />
      <source>Record a review…</source>
      <translation>Registrar uma revisão…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="211" />
      <source>Record a case review</source>
      <translation>Registrar uma revisão do caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="227" />
      <source>Case review: {0}</source>
      <translation>Revisão do caso: {0}</translation>
    </message>
  </context>
  <context>
    <name>SafeguardingForms</name>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="27" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="28" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="52" />
      <source>Who they are to the young person</source>
      <translation>Quem é para o/a jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="30" />
      <source>trafficker, recruiter, father, a friend of the family…</source>
      <translation>traficante, aliciador, pai, um amigo da família…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="31" />
      <source>Other names they use</source>
      <translation>Outros nomes que usa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="33" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="36" />
      <source>separated by commas</source>
      <translation>separados por vírgulas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="34" />
      <source>Phone numbers</source>
      <translation>Telefones</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="37" />
      <source>What they look like, the car they drive</source>
      <translation>A aparência, o carro que dirige</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="41" />
      <source>Why (restricted: staff are warned, not told why)</source>
      <translation>Por quê (restrito: a equipe é alertada, sem saber o motivo)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="49" />
      <source>How</source>
      <translation>Como</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="51" />
      <source>Who (their name as given)</source>
      <translation>Quem (o nome tal como foi dado)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="54" />
      <source>Phone number</source>
      <translation>Telefone</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="55" />
      <source>Supervised by</source>
      <translation>Supervisionado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="57" />
      <source>Why they came or called</source>
      <translation>Por que veio ou ligou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="59" />
      <source>How it went, and what the young person said</source>
      <translation>Como foi e o que o/a jovem disse</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="61" />
      <source>Allowed</source>
      <translation>Permitido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="62" />
      <source>Allowed (clear it if turned away or not put through)</source>
      <translation>Permitido (desmarque se não deixaram entrar ou a ligação não foi passada)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="63" />
      <source>Unknown person</source>
      <translation>Pessoa desconhecida</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="65" />
      <source>Someone the house does not know</source>
      <translation>Alguém que a casa não conhece</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="68" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="70" />
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="103" />
      <source>Why it is corrected</source>
      <translation>Por que é corrigido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="81" />
      <source>Began at</source>
      <translation>Começou às</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="83" />
      <source>How long (minutes)</source>
      <translation>Quanto durou (minutos)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="85" />
      <source>What led to it</source>
      <translation>O que levou a isso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="87" />
      <source>Technique</source>
      <translation>Técnica</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="90" />
      <source>What was done, in plain words</source>
      <translation>O que foi feito, em palavras simples</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="92" />
      <source>Held by</source>
      <translation>Segurado por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="93" />
      <source>Who else was present</source>
      <translation>Quem mais estava presente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="95" />
      <source>Injuries to the young person</source>
      <translation>Lesões do/da jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="97" />
      <source>Injuries to staff</source>
      <translation>Lesões da equipe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="99" />
      <source>Checked afterwards by, and what they found</source>
      <translation>Examinado depois por, e o que encontrou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="109" />
      <source>Held at</source>
      <translation>Feita em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="110" />
      <source>What the young person said, in their words</source>
      <translation>O que o/a jovem disse, com as próprias palavras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="112" />
      <source>Talked it through with them</source>
      <translation>Conversou com ele/ela</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="113" />
      <source>if not you</source>
      <translation>se não foi você</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="118" />
      <source>Necessary and proportionate? What was learnt</source>
      <translation>Necessária e proporcional? O que se aprendeu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="120" />
      <source>What follows</source>
      <translation>O que se segue</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="126" />
      <source>Seen at</source>
      <translation>Visto/a às</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="127" />
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="128" />
      <source>Seen by</source>
      <translation>Visto/a por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="129" />
      <source>a staff member, a teacher, the police, a neighbour…</source>
      <translation>alguém da equipe, um professor, a polícia, um vizinho…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safeguarding_forms.py" line="130" />
      <source>With whom, how they seemed, which way they went</source>
      <translation>Com quem, como parecia, para onde foi</translation>
    </message>
  </context>
  <context>
    <name>SafetyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="44" />
      <source>Incidents</source>
      <translation>Ocorrências</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="45" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="47" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="48" />
      <source>Who was told</source>
      <translation>Quem foi avisado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="50" />
      <source>State</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="51" />
      <source>What happened</source>
      <translation>O que aconteceu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="55" />
      <source>Record incident…</source>
      <translation>Registrar ocorrência…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="56" />
      <source>Missing from care…</source>
      <translation>Ausência não autorizada…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="57" />
      <source>Acknowledge</source>
      <translation>Marcar como vista</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="58" />
      <source>Close…</source>
      <translation>Encerrar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="59" />
      <source>Sighting…</source>
      <translation>Avistamento…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="60" />
      <source>Returned…</source>
      <translation>Voltou…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="61" />
      <source>Return interview…</source>
      <translation>Entrevista de retorno…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="62" />
      <source>Sheet for the police…</source>
      <translation>Folha para a polícia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="66" />
      <source>Safety plan…</source>
      <translation>Plano de segurança…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="69" />
      <source>Print for the young person…</source>
      <translation>Imprimir para o/a jovem…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="70" />
      <source>One page in their language, when SafeHaven has it</source>
      <translation>Uma página no idioma do/da jovem, quando o SafeHaven tiver esse idioma</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="75" />
      <location filename="../../src/safehaven/ui/safety_tab.py" line="128" />
      <source>Safety plan</source>
      <translation>Plano de segurança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="91" />
      <source>Incidents and safety plan</source>
      <translation>Ocorrências e plano de segurança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="92" />
      <source>Visits and contacts</source>
      <translation>Visitas e contatos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="94" />
      <source>Restraints</source>
      <translation>Contenções</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="114" />
      <source>No safety plan yet.</source>
      <translation>Ainda não há plano de segurança.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="116" />
      <source>Warning signs</source>
      <translation>Sinais de alerta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="117" />
      <source>What helps</source>
      <translation>O que ajuda</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="118" />
      <source>Safe people and places</source>
      <translation>Pessoas e lugares seguros</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>To avoid</source>
      <translation>A evitar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="119" />
      <source>Whom to call</source>
      <translation>Para quem ligar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="122" />
      <source>Reviewed {0}; next review {1}</source>
      <translation>Revisado em {0}; próxima revisão em {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="139" />
      <source>Safety plan: {0}</source>
      <translation>Plano de segurança: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="145" />
      <source>MISSING: not yet back</source>
      <translation>AUSENTE: ainda não voltou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="148" />
      <source>back {0}; return interview due by {1}</source>
      <translation>de volta {0}; entrevista de retorno até {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="151" />
      <source>closed {0}</source>
      <translation>encerrada em {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="153" />
      <source>acknowledged by {0}</source>
      <translation>vista por {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="154" />
      <source>OPEN: not yet acknowledged</source>
      <translation>EM ABERTO: ainda não vista</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="159" />
      <source>Record incident</source>
      <translation>Registrar ocorrência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="169" />
      <source>Choose a missing-from-care incident.</source>
      <translation>Escolha uma ocorrência de ausência não autorizada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="178" />
      <source>Sighting while missing</source>
      <translation>Avistamento durante a ausência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="186" />
      <source>Back from missing</source>
      <translation>De volta após a ausência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="193" />
      <source>Return interview</source>
      <translation>Entrevista de retorno</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="209" />
      <source>Missing person: {0}</source>
      <translation>Pessoa desaparecida: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/safety_tab.py" line="222" />
      <source>Close incident: {0}</source>
      <translation>Encerrar ocorrência: {0}</translation>
    </message>
  </context>
  <context>
    <name>SchedulePage</name>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="52" />
      <location filename="../../src/safehaven/ui/schedule.py" line="65" />
      <source>Day</source>
      <translation>Dia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="54" />
      <location filename="../../src/safehaven/ui/schedule.py" line="67" />
      <source>Time</source>
      <translation>Horário</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="55" />
      <location filename="../../src/safehaven/ui/schedule.py" line="68" />
      <source>Resident</source>
      <translation>Residente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="56" />
      <location filename="../../src/safehaven/ui/schedule.py" line="197" />
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="57" />
      <source>Provider</source>
      <translation>Profissional</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="58" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="69" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="70" />
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="71" />
      <source>Who goes</source>
      <translation>Quem vai</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="72" />
      <source>NOBODY YET</source>
      <translation>NINGUÉM AINDA</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>← Previous week</source>
      <translation>← Semana anterior</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="83" />
      <source>This week</source>
      <translation>Esta semana</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="84" />
      <source>Next week →</source>
      <translation>Próxima semana →</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="90" />
      <source>Attended</source>
      <translation>Compareceu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="91" />
      <source>Missed</source>
      <translation>Faltou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="92" />
      <source>Cancelled by provider</source>
      <translation>Cancelada pelo/pela profissional</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="94" />
      <source>Cancelled by resident</source>
      <translation>Cancelada pelo/pela residente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="99" />
      <source>Reschedule…</source>
      <translation>Remarcar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="101" />
      <source>Book a session…</source>
      <translation>Agendar uma sessão…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="103" />
      <source>Book a group session…</source>
      <translation>Agendar uma sessão em grupo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="110" />
      <source>Court and appointments this week</source>
      <translation>Tribunal e compromissos nesta semana</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="127" />
      <source>Week of {0} to {1}</source>
      <translation>Semana de {0} a {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="143" />
      <source>Group: {0}</source>
      <translation>Grupo: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="155" />
      <source>Cancel session</source>
      <translation>Cancelar sessão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="156" />
      <location filename="../../src/safehaven/ui/schedule.py" line="169" />
      <source>Why was it cancelled?</source>
      <translation>Por que foi cancelada?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="168" />
      <source>Cancel group session</source>
      <translation>Cancelar sessão em grupo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="180" />
      <source>Attendance: {0}</source>
      <translation>Presença: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="181" />
      <source>Present (the others were absent)</source>
      <translation>Presentes (os demais faltaram)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="200" />
      <source>Name of the group</source>
      <translation>Nome do grupo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="201" />
      <source>e.g. Thursday circle</source>
      <translation>p. ex. Roda de quinta-feira</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="202" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="203" />
      <source>Minutes</source>
      <translation>Minutos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="205" />
      <source>Residents</source>
      <translation>Residentes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="206" />
      <source>each on an open plan of this therapy</source>
      <translation>cada um com um plano em aberto desta terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="207" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="208" />
      <source>Led by</source>
      <translation>Conduzido por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="210" />
      <source>Book a group session</source>
      <translation>Agendar uma sessão em grupo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="221" />
      <source>A group session is not moved: cancel it and book a new one.</source>
      <translation>Uma sessão em grupo não é remarcada: cancele e agende outra.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="228" />
      <source>Reschedule</source>
      <translation>Remarcar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/schedule.py" line="229" />
      <source>Why is it moving?</source>
      <translation>Por que está sendo remarcada?</translation>
    </message>
  </context>
  <context>
    <name>SchoolPanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="51" />
      <source>School and training</source>
      <translation>Escola e formação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="52" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="53" />
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="54" />
      <source>Class or trade</source>
      <translation>Turma ou ofício</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="55" />
      <source>Designated teacher</source>
      <translation>Professor responsável</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="56" />
      <source>Contact</source>
      <translation>Contato</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="57" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="58" />
      <source>Until</source>
      <translation>Até</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="61" />
      <source>Add placement…</source>
      <translation>Adicionar vaga…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="62" />
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="63" />
      <source>Week's attendance…</source>
      <translation>Frequência da semana…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="64" />
      <source>Achievement or exclusion…</source>
      <translation>Conquista ou suspensão…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="66" />
      <source>Attendance and what happened</source>
      <translation>Frequência e o que aconteceu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="67" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="68" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="69" />
      <source>Details</source>
      <translation>Detalhes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="78" />
      <source>Attended {0} of {1} sessions</source>
      <translation>Frequentou {0} de {1} sessões</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="81" />
      <source>{0} ({1} days)</source>
      <translation>{0} ({1} dias)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="86" />
      <source>Add a school or training placement</source>
      <translation>Adicionar uma vaga escolar ou de formação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="94" />
      <source>Edit a placement</source>
      <translation>Editar uma vaga</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="101" />
      <source>Attendance in a week</source>
      <translation>Frequência numa semana</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="108" />
      <source>Achievement, qualification or exclusion</source>
      <translation>Conquista, qualificação ou suspensão</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="54" />
      <source>Search notes</source>
      <translation>Buscar nas anotações</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="57" />
      <source>Words in notes, check-ins, incidents, the house log…</source>
      <translation>Palavras em anotações, registros diários, incidentes, o registro da casa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="59" />
      <source>Words to search for</source>
      <translation>Palavras a buscar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="62" />
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="66" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="67" />
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="68" />
      <source>Young person</source>
      <translation>Jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="69" />
      <source>By</source>
      <translation>Por</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="70" />
      <source>Found</source>
      <translation>Encontrado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="73" />
      <source>What was found</source>
      <translation>O que foi encontrado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="83" />
      <source>Enter: search. Enter on a line: open the young person's page there.</source>
      <translation>Enter: buscar. Enter numa linha: abrir ali a página do/a jovem.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>Note</source>
      <translation>Anotação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="96" />
      <source>House log</source>
      <translation>Registro da casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Check-in</source>
      <translation>Registro diário</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="97" />
      <source>Incident</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Sighting</source>
      <translation>Avistamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="98" />
      <source>Contact</source>
      <translation>Contato</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Restraint</source>
      <translation>Contenção física</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="99" />
      <source>Debrief</source>
      <translation>Conversa posterior</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="100" />
      <source>Review of a restraint</source>
      <translation>Revisão de uma contenção</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Need</source>
      <translation>Necessidade</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="101" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Follow-up</source>
      <translation>Acompanhamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="102" />
      <source>Referral</source>
      <translation>Encaminhamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="103" />
      <source>Safety plan</source>
      <translation>Plano de segurança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="104" />
      <source>No-contact list</source>
      <translation>Lista de contato proibido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Trusted adult</source>
      <translation>Adulto de confiança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="105" />
      <source>Dose</source>
      <translation>Dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>Score</source>
      <translation>Pontuação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="106" />
      <source>School</source>
      <translation>Escola</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>School attendance</source>
      <translation>Frequência escolar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="107" />
      <source>Goal</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Wish or feeling</source>
      <translation>Desejo ou sentimento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="108" />
      <source>Complaint</source>
      <translation>Reclamação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Case review</source>
      <translation>Revisão do caso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="109" />
      <source>Legal case</source>
      <translation>Processo judicial</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Hearing</source>
      <translation>Audiência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="110" />
      <source>Decision</source>
      <translation>Decisão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="125" />
      <source>Searching…</source>
      <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="132" />
      <source>The newest %n shown: add words to find fewer.</source>
      <translation>
        <numerusform>O mais recente é mostrado: acrescente palavras para encontrar menos.</numerusform>
        <numerusform>Os %n mais recentes são mostrados: acrescente palavras para encontrar menos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/search_notes.py" line="135" />
      <source>%n found.</source>
      <translation>
        <numerusform>%n encontrado.</numerusform>
        <numerusform>%n encontrados.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="137" />
      <source>Nothing found. Every word must be in the same note.</source>
      <translation>Nada encontrado. Todas as palavras precisam estar na mesma anotação.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/search_notes.py" line="151" />
      <source>This house log entry names no young person.</source>
      <translation>Esta entrada do registro da casa não cita nenhum/a jovem.</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="89" />
      <source>Your role does not allow this.</source>
      <translation>Sua função não permite fazer isso.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="97" />
      <source>Choose a row in the table first.</source>
      <translation>Primeiro escolha uma linha da tabela.</translation>
    </message>
  </context>
  <context>
    <name>SendTransfer</name>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="51" />
      <source>The receiving house's card</source>
      <translation>O cartão da casa que recebe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="57" />
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="77" />
      <source>Something went wrong ({0}); nothing was changed.</source>
      <translation>Algo deu errado ({0}); nada foi alterado.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="60" />
      <source>Send {0}'s whole record to {1} ({2})? The card was signed by {3}.

Fingerprint: {4}

Is it the fingerprint the receiving house's manager read to you?</source>
      <translation>Enviar o prontuário completo de {0} para {1} ({2})? O cartão foi assinado por {3}.

Impressão digital: {4}

É a impressão digital que a coordenação da casa que recebe leu para você?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="64" />
      <source>Transfer to another house</source>
      <translation>Transferência para outra casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="68" />
      <source>Save the transfer file</source>
      <translation>Salvar o arquivo de transferência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/transfer_dialogs.py" line="73" />
      <source>The transfer was saved to {0}. It opens only for {1}'s managers; the case waits for their receipt.</source>
      <translation>A transferência foi salva em {0}. Só a coordenação de {1} consegue abri-la; o caso aguarda o comprovante.</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Today</source>
      <translation>Hoje</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Residents</source>
      <translation>Residentes</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="136" />
      <source>Schedule</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Reports</source>
      <translation>Relatórios</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="137" />
      <source>Admin</source>
      <translation>Administração</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="142" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="155" />
      <source>Lock (Ctrl+L)</source>
      <translation>Bloquear (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="157" />
      <source>Hides every record at once; a passphrase opens them again.</source>
      <translation>Esconde todos os registros na hora; uma frase de acesso abre tudo de novo.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="161" />
      <source>Esc twice: hide everything now</source>
      <translation>Esc duas vezes: esconder tudo agora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="373" />
      <source>Risk flag</source>
      <translation>Sinal de risco</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="374" />
      <source>{0}'s check-in has a risk flag. Record an incident now: what happened, what was done and who was told?</source>
      <translation>O registro diário de {0} tem um sinal de risco. Registrar uma ocorrência agora: o que aconteceu, o que foi feito e quem foi avisado?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="378" />
      <source>Record incident</source>
      <translation>Registrar ocorrência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/shell.py" line="379" />
      <source>Later, from Today</source>
      <translation>Depois, pela tela Hoje</translation>
    </message>
  </context>
  <context>
    <name>StartPage</name>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="28" />
      <source>Welcome to SafeHaven</source>
      <translation>Boas-vindas ao SafeHaven</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="29" />
      <source>Set up this laptop for a new house</source>
      <translation>Preparar este notebook para uma casa nova</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="30" />
      <source>Join an existing house</source>
      <translation>Entrar em uma casa que já existe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="33" />
      <source>Joining needs a one-time code from your house manager's laptop (Sync page, “Add a laptop”) and a connection to your organisation's server. The house's records then arrive on this laptop, encrypted.</source>
      <translation>Para entrar, você precisa de um código de uso único, gerado no notebook da coordenação da casa (página Sincronizar, “Adicionar um notebook”), e de uma conexão com o servidor da sua organização. Depois, os registros da casa chegam criptografados a este notebook.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/firstrun.py" line="41" />
      <source>Records stay encrypted on this laptop. Nobody can read them without a passphrase.</source>
      <translation>Os registros ficam criptografados neste notebook. Ninguém consegue lê-los sem uma frase de acesso.</translation>
    </message>
  </context>
  <context>
    <name>StrengthMeter</name>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="31" />
      <source>Passphrase strength</source>
      <translation>Força da frase de acesso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="47" />
      <source>Too easy to guess</source>
      <translation>Fácil demais de adivinhar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="48" />
      <source>Almost: not hard enough to guess yet</source>
      <translation>Quase: ainda não está difícil o bastante de adivinhar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Strong</source>
      <translation>Forte</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="49" />
      <source>Very strong</source>
      <translation>Muito forte</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/strength.py" line="61" />
      <source>Use at least %n character(s); a few words are easiest to remember.</source>
      <translation>
        <numerusform>Use pelo menos %n caractere; algumas palavras juntas são o mais fácil de lembrar.</numerusform>
        <numerusform>Use pelo menos %n caracteres; algumas palavras juntas são o mais fácil de lembrar.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="64" />
      <source>This is one of the passphrases people use most, so it would be guessed first.</source>
      <translation>Esta é uma das frases de acesso mais usadas, então seria uma das primeiras a ser adivinhada.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="66" />
      <source>Repeated letters or words are easy to guess.</source>
      <translation>Letras ou palavras repetidas são fáceis de adivinhar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="67" />
      <source>Runs like “abcd”, “1234” or keyboard rows are easy to guess.</source>
      <translation>Sequências como “abcd”, “1234” ou fileiras do teclado são fáceis de adivinhar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="69" />
      <source>Dates and years are easy to guess.</source>
      <translation>Datas e anos são fáceis de adivinhar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="70" />
      <source>Names, and your own or the house's name above all, are easy to guess.</source>
      <translation>Nomes, principalmente o seu ou o da casa, são fáceis de adivinhar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="72" />
      <source>This passphrase would be too easy to guess.</source>
      <translation>Esta frase de acesso seria fácil demais de adivinhar.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/strength.py" line="75" />
      <source>Add another uncommon word or two; a short sentence only you would think of works well.</source>
      <translation>Acrescente mais uma ou duas palavras pouco comuns; uma frase curta que só você pensaria funciona bem.</translation>
    </message>
  </context>
  <context>
    <name>SupervisionSection</name>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="57" />
      <source>Audit…</source>
      <translation>Registro de acessos…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="58" />
      <source>Who opened or changed a child's records, or what a staff member opened</source>
      <translation>Quem abriu ou alterou os registros de uma criança, ou o que um membro da equipe abriu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="61" />
      <source>Complete file…</source>
      <translation>Prontuário completo…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="62" />
      <source>Everything about one child, for a request for their records or a court</source>
      <translation>Tudo sobre uma criança, para um pedido de acesso ao prontuário ou um tribunal</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="65" />
      <source>Retention…</source>
      <translation>Retenção…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="66" />
      <source>How long closed cases are kept, legal holds, and what is due for destruction</source>
      <translation>Por quanto tempo os casos encerrados são mantidos, retenções legais e o que deve ser destruído</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="69" />
      <source>Restraint techniques…</source>
      <translation>Técnicas de contenção…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="70" />
      <source>The techniques the restraint form offers: those the house trains in</source>
      <translation>As técnicas que o formulário de contenção oferece: aquelas em que a casa treina</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="73" />
      <source>Receive a transfer…</source>
      <translation>Receber uma transferência…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="75" />
      <source>Transfer receipt…</source>
      <translation>Comprovante de transferência…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="76" />
      <source>Record the receiving house's answer to a transfer this house sent</source>
      <translation>Registrar a resposta da casa que recebe a uma transferência enviada por esta casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="92" />
      <source>A manager approves:</source>
      <translation>A coordenação aprova:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="93" />
      <source>therapy plans</source>
      <translation>planos de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="94" />
      <source>safety plans</source>
      <translation>planos de segurança</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="95" />
      <source>closures</source>
      <translation>encerramentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="152" />
      <source>Restraint techniques</source>
      <translation>Técnicas de contenção</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="153" />
      <source>One technique a line</source>
      <translation>Uma técnica por linha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="154" />
      <source>What the restraint form offers. A shipped technique may be written by its code: guiding, escort, standing-hold, seated-hold, other-technique. Left empty, the shipped list. Records keep the technique they were made with.</source>
      <translation>O que o formulário de contenção oferece. Uma técnica original pode ser escrita pelo código: guiding, escort, standing-hold, seated-hold, other-technique. Se ficar vazio, a lista original. Os registros mantêm a técnica com que foram feitos.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="169" />
      <source>Complete file</source>
      <translation>Prontuário completo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="170" />
      <source>Young person</source>
      <translation>Jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="171" />
      <source>Take out the names of the other people her records name (trusted adults, the no-contact list, visitors and callers)</source>
      <translation>Tirar os nomes das outras pessoas que os registros dela citam (adultos de confiança, lista de contato proibido, visitas e ligações)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="174" />
      <source>Other names to take out, one per line</source>
      <translation>Outros nomes a tirar, um por linha</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="175" />
      <source>The folder you choose next receives a PDF and a JSON file of everything about this young person, and copies of their documents. They are not encrypted: choose a safe place, such as an encrypted USB stick.</source>
      <translation>A pasta que você escolher em seguida receberá um PDF e um arquivo JSON com tudo sobre este jovem, e cópias dos seus documentos. Eles não são criptografados: escolha um lugar seguro, como um pendrive criptografado.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="187" />
      <source>Choose a folder to write it to.</source>
      <translation>Escolha uma pasta onde gravá-lo.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="195" />
      <source>Folder for the complete file</source>
      <translation>Pasta para o prontuário completo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/supervision.py" line="202" />
      <source>The complete file was written to {0}.</source>
      <translation>O prontuário completo foi gravado em {0}.</translation>
    </message>
  </context>
  <context>
    <name>SyncPage</name>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="78" />
      <source>Changes travel end-to-end encrypted: through your organisation's server when this laptop can reach it (in the background, every minute), or on a USB stick (export here, import on the other laptop). Nothing is lost while you wait.</source>
      <translation>As alterações viajam com criptografia de ponta a ponta: pelo servidor da sua organização quando este notebook consegue acessá-lo (em segundo plano, a cada minuto), ou em um pendrive (exporte aqui e importe no outro notebook). Nada se perde enquanto isso.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="82" />
      <source>Sync now</source>
      <translation>Sincronizar agora</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="84" />
      <source>Export a bundle for a USB stick…</source>
      <translation>Exportar um pacote para pendrive…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="87" />
      <source>Import a bundle…</source>
      <translation>Importar um pacote…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="92" />
      <source>Documents this laptop fetches</source>
      <translation>Documentos que este notebook baixa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="95" />
      <source>Documents this laptop fetches:</source>
      <translation>Documentos que este notebook baixa:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="99" />
      <source>Record</source>
      <translation>Registro</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="100" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="101" />
      <source>Kept</source>
      <translation>Mantido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="102" />
      <source>Not kept</source>
      <translation>Não mantido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="105" />
      <source>Confirm the kept value</source>
      <translation>Confirmar o valor mantido</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="107" />
      <source>Use the other value instead</source>
      <translation>Usar o outro valor</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="112" />
      <source>Laptop</source>
      <translation>Notebook</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="113" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="114" />
      <source>Newest change here</source>
      <translation>Alteração mais recente aqui</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="115" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="118" />
      <source>Add a laptop…</source>
      <translation>Adicionar um notebook…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="120" />
      <source>Revoke the selected laptop…</source>
      <translation>Revogar o acesso do notebook selecionado…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="127" />
      <source>Change set</source>
      <translation>Conjunto de alterações</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="128" />
      <source>Why it was set aside</source>
      <translation>Por que foi separado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="131" />
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="138" />
      <source>Edited on two laptops at once (to review)</source>
      <translation>Editado em dois notebooks ao mesmo tempo (para revisar)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="141" />
      <source>This house's laptops</source>
      <translation>Os notebooks desta casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="144" />
      <source>Set aside (could not be verified or applied)</source>
      <translation>Separado (não foi possível verificar nem aplicar)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="161" />
      <source>As the house chose ({0})</source>
      <translation>Como a casa escolheu ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="171" />
      <source>Changes written on this laptop: {0} · received from other laptops: {1}</source>
      <translation>Alterações feitas neste notebook: {0} · recebidas de outros notebooks: {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="175" />
      <source>not yet</source>
      <translation>ainda não</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="176" />
      <source>Server: {0} · last sync: {1}</source>
      <translation>Servidor: {0} · última sincronização: {1}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="182" />
      <source>This laptop's clock is %n minute(s) off the server's: set the date and time, or its changes may be set aside by the other laptops.</source>
      <translation>
        <numerusform>O relógio deste notebook está %n minuto diferente do relógio do servidor: acerte a data e a hora, ou os outros notebooks podem separar as alterações dele sem aplicá-las.</numerusform>
        <numerusform>O relógio deste notebook está %n minutos diferente do relógio do servidor: acerte a data e a hora, ou os outros notebooks podem separar as alterações dele sem aplicá-las.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="186" />
      <source>The server needs a newer SafeHaven ({0}) on this laptop: ask your administrator to update it.</source>
      <translation>O servidor precisa de um SafeHaven mais novo ({0}) neste notebook: peça à pessoa responsável pela administração para atualizá-lo.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="190" />
      <source>SafeHaven {0} is available: ask your administrator to update this laptop.</source>
      <translation>O SafeHaven {0} está disponível: peça à pessoa responsável pela administração para atualizar este notebook.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="195" />
      <source>This laptop is not connected to a server; use USB bundles, or ask your administrator to connect it.</source>
      <translation>Este notebook não está conectado a um servidor; use pacotes em pendrive ou peça à pessoa responsável pela administração para conectá-lo.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="217" />
      <source>revoked</source>
      <translation>acesso revogado</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="221" />
      <source>%n change(s) wait for a missing one</source>
      <translation>
        <numerusform>%n alteração espera por uma que está faltando</numerusform>
        <numerusform>%n alterações esperam por uma que está faltando</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="338" />
      <source>On the new laptop, choose “Join an existing house” and type this code. It works once, until {0}. Read it out; do not send it by e-mail or chat.</source>
      <translation>No novo notebook, escolha “Entrar em uma casa existente” e digite este código. Ele funciona uma vez, até {0}. Leia-o em voz alta; não o envie por e-mail nem por chat.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="390" />
      <source>%n damaged line(s) of the bundle dropped: export it again to bring what they carried.</source>
      <translation>
        <numerusform>%n linha(s) danificada(s) do pacote descartada(s): exporte-o de novo para trazer o que continham.</numerusform>
        <numerusform>%n linha(s) danificada(s) do pacote descartada(s): exporte-o de novo para trazer o que continham.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="212" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>this laptop</source>
      <translation>este notebook</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="223" />
      <source>active</source>
      <translation>ativo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="227" />
      <source>nothing yet</source>
      <translation>nada ainda</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="231" />
      <source>%1 (%n hour(s) ago)</source>
      <translation>
        <numerusform>%1 (há %n hora)</numerusform>
        <numerusform>%1 (há %n horas)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="253" />
      <source>Syncing…</source>
      <translation>Sincronizando…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="255" />
      <source>Sent {0}, received {1}, conflicts {2}.</source>
      <translation>Enviadas {0}, recebidas {1}, conflitos {2}.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="268" />
      <source>Choose a conflict in the list first.</source>
      <translation>Primeiro escolha um conflito na lista.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="272" />
      <source>Done; the other laptops get it at the next sync.</source>
      <translation>Pronto; os outros notebooks recebem isso na próxima sincronização.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="280" />
      <source>Add a laptop</source>
      <translation>Adicionar um notebook</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="283" />
      <source>Leave empty if only existing staff will use it</source>
      <translation>Deixe em branco se só quem já está na equipe for usar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="288" />
      <source>What should the new laptop be called?</source>
      <translation>Qual vai ser o nome do notebook novo?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="289" />
      <source>New colleague's name (optional)</source>
      <translation>Nome do/da colega novo/a (opcional)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="290" />
      <source>Their role</source>
      <translation>Função da pessoa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="293" />
      <source>Make the code</source>
      <translation>Gerar o código</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="314" />
      <source>Give the new laptop a name.</source>
      <translation>Dê um nome ao novo notebook.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="337" />
      <source>Enrolment code</source>
      <translation>Código de entrada</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="348" />
      <source>Choose a laptop in the list first.</source>
      <translation>Primeiro escolha um notebook na lista.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="350" />
      <source>Revoke laptop</source>
      <translation>Revogar acesso do notebook</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="351" />
      <source>Revoke “{0}”? It will no longer receive anything, and the house gets a new key for everything written from now on. Do this for a lost or stolen laptop.</source>
      <translation>Revogar o acesso de “{0}”? Ele não vai receber mais nada, e a casa ganha uma chave nova para tudo o que for registrado daqui em diante. Faça isso com um notebook perdido ou roubado.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="358" />
      <source>Revoked. The server is told at the next sync.</source>
      <translation>Acesso revogado. O servidor fica sabendo na próxima sincronização.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="361" />
      <source>Export bundle</source>
      <translation>Exportar pacote</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="363" />
      <location filename="../../src/safehaven/ui/sync_page.py" line="376" />
      <source>Sync bundles (*.bundle)</source>
      <translation>Pacotes de sincronização (*.bundle)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="368" />
      <source>Writing the bundle to {0}… Leave the USB stick in.</source>
      <translation>Gravando o pacote em {0}… Não tire o pendrive.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/sync_page.py" line="371" />
      <source>%n change set(s) written to {0}. You can take the USB stick out now.</source>
      <translation>
        <numerusform>%n conjunto de alterações gravado em {0}. Já pode tirar o pendrive.</numerusform>
        <numerusform>%n conjuntos de alterações gravados em {0}. Já pode tirar o pendrive.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="375" />
      <source>Import bundle</source>
      <translation>Importar pacote</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/sync_page.py" line="384" />
      <source>Applied {0}, already here {1}, conflicts {2}, set aside {3}.</source>
      <translation>Aplicados {0}, já estavam aqui {1}, conflitos {2}, separados {3}.</translation>
    </message>
  </context>
  <context>
    <name>TherapyTab</name>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="187" />
      <source>Plans</source>
      <translation>Planos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="188" />
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="201" />
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="189" />
      <source>Provider</source>
      <translation>Profissional</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="190" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="191" />
      <source>Frequency</source>
      <translation>Frequência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="192" />
      <source>Used / cap</source>
      <translation>Usadas / limite</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="193" />
      <source>State</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="196" />
      <source>Add plan…</source>
      <translation>Adicionar plano…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="197" />
      <source>Edit plan…</source>
      <translation>Editar plano…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="198" />
      <source>Close plan…</source>
      <translation>Encerrar plano…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="199" />
      <source>Sessions</source>
      <translation>Sessões</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="200" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="202" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="203" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="206" />
      <source>Book a session…</source>
      <translation>Agendar uma sessão…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="207" />
      <source>Attended</source>
      <translation>Compareceu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="208" />
      <source>Missed</source>
      <translation>Faltou</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="218" />
      <source>Group: {0}</source>
      <translation>Grupo: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="229" />
      <source>closed {0}</source>
      <translation>encerrado em {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="230" />
      <source>open</source>
      <translation>em aberto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="237" />
      <source>{0} of {1}</source>
      <translation>{0} de {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="239" />
      <source>(over the cap)</source>
      <translation>(acima do limite)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="241" />
      <source>(cap reached)</source>
      <translation>(limite atingido)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="243" />
      <source>(nearly used)</source>
      <translation>(quase esgotadas)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="247" />
      <source>Add therapy plan</source>
      <translation>Adicionar plano de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="254" />
      <source>Edit therapy plan</source>
      <translation>Editar plano de terapia</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="261" />
      <source>Close plan: {0}</source>
      <translation>Encerrar plano: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="267" />
      <source>Book a session</source>
      <translation>Agendar uma sessão</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/resident_tabs.py" line="272" />
      <source>A group's attendance is recorded on the Schedule, for everyone at once.</source>
      <translation>A presença de um grupo é registrada na Agenda, para todos de uma vez.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="76" />
      <source>Resident</source>
      <translation>Residente</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="77" />
      <source>Why first</source>
      <translation>Por que primeiro</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="79" />
      <source>Urgency</source>
      <translation>Urgência</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="80" />
      <location filename="../../src/safehaven/ui/today.py" line="130" />
      <location filename="../../src/safehaven/ui/today.py" line="139" />
      <location filename="../../src/safehaven/ui/today.py" line="290" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="81" />
      <location filename="../../src/safehaven/ui/today.py" line="87" />
      <location filename="../../src/safehaven/ui/today.py" line="93" />
      <location filename="../../src/safehaven/ui/today.py" line="138" />
      <source>Who</source>
      <translation>Quem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="82" />
      <location filename="../../src/safehaven/ui/today.py" line="137" />
      <location filename="../../src/safehaven/ui/today.py" line="292" />
      <source>When</source>
      <translation>Quando</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="83" />
      <source>Detail</source>
      <translation>Detalhe</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="86" />
      <location filename="../../src/safehaven/ui/today.py" line="92" />
      <location filename="../../src/safehaven/ui/today.py" line="129" />
      <source>Time</source>
      <translation>Horário</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="88" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="89" />
      <source>Place</source>
      <translation>Local</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="94" />
      <source>Medicine</source>
      <translation>Medicamento</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="96" />
      <source>State</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="102" />
      <source>Check in (Enter)</source>
      <translation>Fazer registro diário (Enter)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="109" />
      <source>Record incident for this alert…</source>
      <translation>Registrar ocorrência para este alerta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="111" />
      <source>Acknowledge with a note…</source>
      <translation>Marcar como visto, com uma anotação…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="112" />
      <source>Say what was done, or why it can wait; the alert leaves Today until something changes.</source>
      <translation>Diga o que foi feito ou por que pode esperar; o alerta sai de Hoje até que algo mude.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="127" />
      <source>Enter: record this dose</source>
      <translation>Enter: registrar esta dose</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="131" />
      <source>Who wrote it</source>
      <translation>Quem escreveu</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="132" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="140" />
      <source>Where</source>
      <translation>Onde</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>Who goes</source>
      <translation>Quem vai</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="141" />
      <source>NOBODY YET</source>
      <translation>NINGUÉM AINDA</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="147" />
      <source>Add to the house log…</source>
      <translation>Acrescentar ao registro da casa…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="148" />
      <source>What happened in the house that is not about one young person: a stranger outside, a power cut…</source>
      <translation>O que aconteceu na casa que não é sobre um/uma só jovem: um desconhecido lá fora, uma falta de energia…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="166" />
      <source>Hearings and legal appointments today and tomorrow, and who goes with the young person</source>
      <translation>Audiências e compromissos jurídicos hoje e amanhã, e quem acompanha a/o jovem</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="170" />
      <source>Today</source>
      <translation>Hoje</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="176" />
      <source>Still to check in</source>
      <translation>Ainda sem registro diário</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="179" />
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="160" />
      <source>Today's sessions</source>
      <translation>Sessões de hoje</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="240" />
      <source>Group: {0} ({1})</source>
      <translation>Grupo: {0} ({1})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="253" />
      <source>%n still to check in</source>
      <translation>
        <numerusform>%n ainda sem registro diário</numerusform>
        <numerusform>%n ainda sem registro diário</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="254" />
      <source>%n alert(s)</source>
      <translation>
        <numerusform>%n alerta</numerusform>
        <numerusform>%n alertas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="255" />
      <source>%n session(s) today</source>
      <translation>
        <numerusform>%n sessão hoje</numerusform>
        <numerusform>%n sessões hoje</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/safehaven/ui/today.py" line="256" />
      <source>%n dose(s) due</source>
      <translation>
        <numerusform>%n dose pendente</numerusform>
        <numerusform>%n doses pendentes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="258" />
      <source>{0} acknowledged</source>
      <translation>{0} já vistos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="260" />
      <source>waiting for your approval: {0}</source>
      <translation>aguardando sua aprovação: {0}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="272" />
      <source>Medicines due ({0})</source>
      <translation>Medicamentos pendentes ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="275" />
      <source>House log, last 24 hours ({0})</source>
      <translation>Registro da casa, últimas 24 horas ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="278" />
      <source>Hearings ({0})</source>
      <translation>Audiências ({0})</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="289" />
      <source>Add to the house log</source>
      <translation>Acrescentar ao registro da casa</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="294" />
      <source>What happened, and what was done</source>
      <translation>O que aconteceu e o que foi feito</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="295" />
      <source>Young people it touched (optional)</source>
      <translation>Jovens afetados (opcional)</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="311" />
      <source>Choose an alert first.</source>
      <translation>Primeiro escolha um alerta.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="317" />
      <source>An open incident is acknowledged and closed on the resident's Safety tab, by a manager.</source>
      <translation>Uma ocorrência em aberto é marcada como vista e encerrada pela coordenação, na aba Segurança do/da residente.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="322" />
      <source>This alert leaves Today when the return or the return interview is recorded on the resident's Safety tab.</source>
      <translation>Este alerta sai de Hoje quando o retorno ou a entrevista de retorno é registrado na aba Segurança do/da residente.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="328" />
      <source>Your role does not allow acknowledging this alert.</source>
      <translation>Sua função não permite marcar este alerta como visto.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="332" />
      <source>Acknowledge: {0}, {1}</source>
      <translation>Marcar como visto: {0}, {1}</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="334" />
      <source>What was done, or why it can wait</source>
      <translation>O que foi feito, ou por que pode esperar</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="341" />
      <source>{0} overdue needs</source>
      <translation>{0} necessidades atrasadas</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/today.py" line="381" />
      <source>Dose: {0}</source>
      <translation>Dose: {0}</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="32" />
      <source>SafeHaven is locked</source>
      <translation>O SafeHaven está bloqueado</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="43" />
      <source>Your passphrase</source>
      <translation>Sua frase de acesso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="55" />
      <source>Opening the vault…</source>
      <translation>Abrindo o cofre…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="57" />
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="60" />
      <source>Forgot the passphrase? Use the recovery key…</source>
      <translation>Esqueceu a frase de acesso? Use a chave de recuperação…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="65" />
      <source>Who are you?</source>
      <translation>Quem é você?</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="66" />
      <source>Passphrase</source>
      <translation>Frase de acesso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="97" />
      <source>Type your passphrase first.</source>
      <translation>Primeiro digite sua frase de acesso.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="105" />
      <source>Recovery key</source>
      <translation>Chave de recuperação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="106" />
      <source>Type the recovery key (groups of four):</source>
      <translation>Digite a chave de recuperação (grupos de quatro):</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase</source>
      <translation>Nova frase de acesso</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="111" />
      <source>New passphrase for {0}:</source>
      <translation>Nova frase de acesso para {0}:</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="119" />
      <source>The passphrase was changed. Unlock with the new one.</source>
      <translation>A frase de acesso foi alterada. Desbloqueie com a nova.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="133" />
      <source>That passphrase does not open this vault. Check Caps Lock and try again; after a few tries each attempt waits a little longer.</source>
      <translation>Essa frase de acesso não abre este cofre. Confira o Caps Lock e tente de novo; depois de algumas tentativas, cada uma espera um pouco mais.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="137" />
      <source>Too many tries. Wait a moment and try again.</source>
      <translation>Tentativas demais. Espere um pouco e tente de novo.</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/unlock.py" line="141" />
      <source>The vault could not be opened: {0}</source>
      <translation>Não foi possível abrir o cofre: {0}</translation>
    </message>
  </context>
  <context>
    <name>VoicePanel</name>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="116" />
      <source>Their goals, in their own words</source>
      <translation>Suas metas, com as próprias palavras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="117" />
      <source>Set on</source>
      <translation>Definida em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="118" />
      <source>Goal</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="119" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="120" />
      <source>How it is going</source>
      <translation>Como está indo</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="121" />
      <source>Reviewed</source>
      <translation>Revista</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="124" />
      <source>Add goal…</source>
      <translation>Adicionar meta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="125" />
      <source>Review goal…</source>
      <translation>Rever meta…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="126" />
      <location filename="../../src/safehaven/ui/life_panels.py" line="153" />
      <source>Wishes and feelings</source>
      <translation>Desejos e sentimentos</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="127" />
      <source>Said on</source>
      <translation>Dito em</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="128" />
      <source>About</source>
      <translation>Sobre</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="129" />
      <source>In their words</source>
      <translation>Com as palavras dela/dele</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="131" />
      <source>Add wishes and feelings…</source>
      <translation>Adicionar desejos e sentimentos…</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="142" />
      <source>A goal in their own words</source>
      <translation>Uma meta com as próprias palavras</translation>
    </message>
    <message>
      <location filename="../../src/safehaven/ui/life_panels.py" line="149" />
      <source>Review a goal</source>
      <translation>Rever uma meta</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>1 to 3 months</source>
      <translation>de 1 a 3 meses</translation>
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
      <translation>18 ou mais</translation>
    </message>
    <message>
      <source>3 to 6 months</source>
      <translation>de 3 a 6 meses</translation>
    </message>
    <message>
      <source>6 to 12 months</source>
      <translation>de 6 a 12 meses</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Ausente</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Aceito</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Alcançada</translation>
    </message>
    <message>
      <source>Achievement</source>
      <translation>Conquista</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>Administração</translation>
    </message>
    <message>
      <source>Africa</source>
      <translation>África</translation>
    </message>
    <message>
      <source>Afternoon</source>
      <translation>Tarde</translation>
    </message>
    <message>
      <source>Agency (guardian ad litem, court)</source>
      <translation>Órgão (curador especial, Vara da Infância)</translation>
    </message>
    <message>
      <source>Agency confirmation</source>
      <translation>Confirmação de um órgão</translation>
    </message>
    <message>
      <source>Americas</source>
      <translation>Américas</translation>
    </message>
    <message>
      <source>Another appointment</source>
      <translation>Outro compromisso</translation>
    </message>
    <message>
      <source>Another decision</source>
      <translation>Outra decisão</translation>
    </message>
    <message>
      <source>Another service</source>
      <translation>Outro serviço</translation>
    </message>
    <message>
      <source>Another technique</source>
      <translation>Outra técnica</translation>
    </message>
    <message>
      <source>Apprenticeship</source>
      <translation>Aprendizagem</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Aprovado</translation>
    </message>
    <message>
      <source>Art therapy</source>
      <translation>Arteterapia</translation>
    </message>
    <message>
      <source>As needed</source>
      <translation>Quando necessário</translation>
    </message>
    <message>
      <source>As-needed doses closer than allowed</source>
      <translation>Doses «se necessário» mais próximas do que o permitido</translation>
    </message>
    <message>
      <source>Asia</source>
      <translation>Ásia</translation>
    </message>
    <message>
      <source>Asylum</source>
      <translation>Asilo</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Compareceu</translation>
    </message>
    <message>
      <source>Audit of who opened the records</source>
      <translation>Registro de quem abriu o prontuário</translation>
    </message>
    <message>
      <source>Awaiting decision</source>
      <translation>Aguardando decisão</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>Agendada</translation>
    </message>
    <message>
      <source>Boy</source>
      <translation>Menino</translation>
    </message>
    <message>
      <source>By mouth</source>
      <translation>Por via oral</translation>
    </message>
    <message>
      <source>CATS (caregiver, 3-6)</source>
      <translation>CATS (cuidador, 3-6)</translation>
    </message>
    <message>
      <source>CATS (caregiver, 7-17)</source>
      <translation>CATS (cuidador, 7-17)</translation>
    </message>
    <message>
      <source>CATS (self-report, 7-17)</source>
      <translation>CATS (autorrelato, 7-17)</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <source>Cancelled by provider</source>
      <translation>Cancelada pelo/pela profissional</translation>
    </message>
    <message>
      <source>Cancelled by resident</source>
      <translation>Cancelada pelo/pela residente</translation>
    </message>
    <message>
      <source>Capsule</source>
      <translation>Cápsula</translation>
    </message>
    <message>
      <source>Case closure</source>
      <translation>Encerramento do caso</translation>
    </message>
    <message>
      <source>Case file</source>
      <translation>Prontuário do caso</translation>
    </message>
    <message>
      <source>Case review due</source>
      <translation>Revisão do caso pendente</translation>
    </message>
    <message>
      <source>Check-in missed</source>
      <translation>Registro diário não feito</translation>
    </message>
    <message>
      <source>Class or course</source>
      <translation>Aula ou curso</translation>
    </message>
    <message>
      <source>Clinical</source>
      <translation>Clínica</translation>
    </message>
    <message>
      <source>Clinician</source>
      <translation>Terapeuta</translation>
    </message>
    <message>
      <source>Clinicians and managers only</source>
      <translation>Só clínicos e gestores</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Encerrado</translation>
    </message>
    <message>
      <source>Clothing &amp; basics</source>
      <translation>Roupas e itens básicos</translation>
    </message>
    <message>
      <source>Compensation</source>
      <translation>Indenização</translation>
    </message>
    <message>
      <source>Complaint not answered in time</source>
      <translation>Reclamação sem resposta no prazo</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Concluído</translation>
    </message>
    <message>
      <source>Consent expired</source>
      <translation>Consentimento vencido</translation>
    </message>
    <message>
      <source>Consent expiring</source>
      <translation>Consentimento perto de vencer</translation>
    </message>
    <message>
      <source>Consent missing for therapy</source>
      <translation>Falta consentimento para terapia</translation>
    </message>
    <message>
      <source>Consent or assent form</source>
      <translation>Termo de consentimento ou assentimento</translation>
    </message>
    <message>
      <source>Contact attempt by an unknown person</source>
      <translation>Tentativa de contato de uma pessoa desconhecida</translation>
    </message>
    <message>
      <source>Contact from trafficker or unknown person</source>
      <translation>Contato de aliciador ou pessoa desconhecida</translation>
    </message>
    <message>
      <source>Contact with an adult not yet vetted</source>
      <translation>Contato com um adulto ainda não verificado</translation>
    </message>
    <message>
      <source>Contact with someone on the no-contact list</source>
      <translation>Contato com alguém da lista de contato proibido</translation>
    </message>
    <message>
      <source>Continued presence</source>
      <translation>Permanência autorizada (Continued Presence)</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Contado</translation>
    </message>
    <message>
      <source>Court hearing</source>
      <translation>Audiência judicial</translation>
    </message>
    <message>
      <source>Court order</source>
      <translation>Ordem judicial</translation>
    </message>
    <message>
      <source>Cream or ointment</source>
      <translation>Creme ou pomada</translation>
    </message>
    <message>
      <source>Criminal exploitation</source>
      <translation>Exploração criminosa</translation>
    </message>
    <message>
      <source>Crisis counselling</source>
      <translation>Atendimento em crise</translation>
    </message>
    <message>
      <source>DBT</source>
      <translation>DBT</translation>
    </message>
    <message>
      <source>Debrief after a restraint due</source>
      <translation>Conversa posterior a uma contenção pendente</translation>
    </message>
    <message>
      <source>Debrief after a restraint overdue</source>
      <translation>Conversa posterior a uma contenção atrasada</translation>
    </message>
    <message>
      <source>Debt or pressure to work</source>
      <translation>Dívidas ou pressão para trabalhar</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Recusado</translation>
    </message>
    <message>
      <source>Died</source>
      <translation>Faleceu</translation>
    </message>
    <message>
      <source>Disclosure</source>
      <translation>Revelação</translation>
    </message>
    <message>
      <source>Disposed of</source>
      <translation>Descartado</translation>
    </message>
    <message>
      <source>Documents checked</source>
      <translation>Documentos conferidos</translation>
    </message>
    <message>
      <source>Domestic servitude</source>
      <translation>Servidão doméstica</translation>
    </message>
    <message>
      <source>Dose not recorded</source>
      <translation>Dose não registrada</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Rascunho</translation>
    </message>
    <message>
      <source>Drama therapy</source>
      <translation>Dramaterapia</translation>
    </message>
    <message>
      <source>Drops</source>
      <translation>Gotas</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Pendente</translation>
    </message>
    <message>
      <source>EMDR</source>
      <translation>EMDR</translation>
    </message>
    <message>
      <source>Ear</source>
      <translation>Ouvido</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Educação</translation>
    </message>
    <message>
      <source>Eligibility letter</source>
      <translation>Carta de elegibilidade</translation>
    </message>
    <message>
      <source>Equine therapy</source>
      <translation>Equoterapia</translation>
    </message>
    <message>
      <source>Escort by two staff</source>
      <translation>Condução por duas pessoas da equipe</translation>
    </message>
    <message>
      <source>Europe</source>
      <translation>Europa</translation>
    </message>
    <message>
      <source>Every document</source>
      <translation>Todos os documentos</translation>
    </message>
    <message>
      <source>Every two weeks</source>
      <translation>Quinzenal</translation>
    </message>
    <message>
      <source>Everyone caring for the young person</source>
      <translation>Todas as pessoas que cuidam do jovem</translation>
    </message>
    <message>
      <source>Exclusion</source>
      <translation>Suspensão</translation>
    </message>
    <message>
      <source>Expired medicine still in stock</source>
      <translation>Medicamento vencido ainda em estoque</translation>
    </message>
    <message>
      <source>Eye</source>
      <translation>Olho</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation>Regular</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Família</translation>
    </message>
    <message>
      <source>Family court</source>
      <translation>Vara de família</translation>
    </message>
    <message>
      <source>Family therapy</source>
      <translation>Terapia familiar</translation>
    </message>
    <message>
      <source>Family tracing</source>
      <translation>Localização da família</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Acompanhamento</translation>
    </message>
    <message>
      <source>Follow-up contact overdue</source>
      <translation>Contato de acompanhamento atrasado</translation>
    </message>
    <message>
      <source>Forced marriage</source>
      <translation>Casamento forçado</translation>
    </message>
    <message>
      <source>Foster care</source>
      <translation>Família acolhedora</translation>
    </message>
    <message>
      <source>Funded sessions nearly used</source>
      <translation>Sessões financiadas quase esgotadas</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Geral</translation>
    </message>
    <message>
      <source>Girl</source>
      <translation>Menina</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>Administrada</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Bem</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Responsável legal</translation>
    </message>
    <message>
      <source>Guiding by the arm</source>
      <translation>Conduzir pelo braço</translation>
    </message>
    <message>
      <source>Hand-off</source>
      <translation>Transferência</translation>
    </message>
    <message>
      <source>Handover note</source>
      <translation>Nota de passagem de turno</translation>
    </message>
    <message>
      <source>Health and medicines</source>
      <translation>Saúde e medicamentos</translation>
    </message>
    <message>
      <source>Hearing or appointment tomorrow</source>
      <translation>Audiência ou compromisso amanhã</translation>
    </message>
    <message>
      <source>Hearing soon with nobody to go with them</source>
      <translation>Audiência próxima sem ninguém para acompanhar</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Realizada</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <source>Home visit</source>
      <translation>Visita domiciliar</translation>
    </message>
    <message>
      <source>Hospital</source>
      <translation>Hospital</translation>
    </message>
    <message>
      <source>House log</source>
      <translation>Registro da casa</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Moradia</translation>
    </message>
    <message>
      <source>Identification</source>
      <translation>Identificação</translation>
    </message>
    <message>
      <source>Identity document</source>
      <translation>Documento de identidade</translation>
    </message>
    <message>
      <source>Identity documents</source>
      <translation>Documentos de identidade</translation>
    </message>
    <message>
      <source>Immigration</source>
      <translation>Imigração</translation>
    </message>
    <message>
      <source>Immigration interview</source>
      <translation>Entrevista de imigração</translation>
    </message>
    <message>
      <source>Improved</source>
      <translation>Melhorou</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>Presencial</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Em andamento</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <source>Incident written at a check-in</source>
      <translation>Incidente escrito em um registro diário</translation>
    </message>
    <message>
      <source>Independent living</source>
      <translation>Vida independente</translation>
    </message>
    <message>
      <source>Information sharing</source>
      <translation>Compartilhamento de informações</translation>
    </message>
    <message>
      <source>Inhaled</source>
      <translation>Inalado</translation>
    </message>
    <message>
      <source>Inhaler</source>
      <translation>Inalador</translation>
    </message>
    <message>
      <source>Injection</source>
      <translation>Injeção</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Acolhimento</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Intérprete</translation>
    </message>
    <message>
      <source>Kinship care</source>
      <translation>Família extensa</translation>
    </message>
    <message>
      <source>Labour exploitation</source>
      <translation>Exploração laboral</translation>
    </message>
    <message>
      <source>Later today</source>
      <translation>Mais tarde hoje</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Jurídico</translation>
    </message>
    <message>
      <source>Legal / immigration</source>
      <translation>Jurídico / migração</translation>
    </message>
    <message>
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <source>Liquid</source>
      <translation>Líquido</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Baixa</translation>
    </message>
    <message>
      <source>Low mood lately</source>
      <translation>Humor baixo nos últimos dias</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Manutenção</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Coordenação</translation>
    </message>
    <message>
      <source>Manager's review of a restraint due</source>
      <translation>Revisão de uma contenção pendente</translation>
    </message>
    <message>
      <source>Managers only</source>
      <translation>Somente gestores</translation>
    </message>
    <message>
      <source>Medical</source>
      <translation>Saúde</translation>
    </message>
    <message>
      <source>Medical emergency</source>
      <translation>Emergência médica</translation>
    </message>
    <message>
      <source>Medicine refused twice in a row</source>
      <translation>Medicamento recusado duas vezes seguidas</translation>
    </message>
    <message>
      <source>Medicine stock expiring within 30 days</source>
      <translation>Estoque de medicamento vencendo em até 30 dias</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Média</translation>
    </message>
    <message>
      <source>Meeting with the lawyer</source>
      <translation>Reunião com o(a) advogado(a)</translation>
    </message>
    <message>
      <source>Mentoring</source>
      <translation>Mentoria</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensagem</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>Atendida</translation>
    </message>
    <message>
      <source>Mild</source>
      <translation>Leve</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>Mínimo</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>Faltou</translation>
    </message>
    <message>
      <source>Missing from care</source>
      <translation>Ausência não autorizada</translation>
    </message>
    <message>
      <source>Missing from care now</source>
      <translation>Ausente sem autorização agora</translation>
    </message>
    <message>
      <source>Missing school or work</source>
      <translation>Faltas na escola ou no trabalho</translation>
    </message>
    <message>
      <source>Moderate</source>
      <translation>Moderado</translation>
    </message>
    <message>
      <source>Moderate trauma-related distress</source>
      <translation>Sofrimento moderado relacionado ao trauma</translation>
    </message>
    <message>
      <source>Moderately severe</source>
      <translation>Moderadamente grave</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Mensal</translation>
    </message>
    <message>
      <source>Morning</source>
      <translation>Manhã</translation>
    </message>
    <message>
      <source>Music therapy</source>
      <translation>Musicoterapia</translation>
    </message>
    <message>
      <source>NGO hotline</source>
      <translation>Linha de atendimento de ONG</translation>
    </message>
    <message>
      <source>NGO or hotline</source>
      <translation>ONG ou linha de ajuda</translation>
    </message>
    <message>
      <source>NRM conclusive grounds decision</source>
      <translation>Decisão NRM de fundamentos conclusivos</translation>
    </message>
    <message>
      <source>NRM reasonable grounds decision</source>
      <translation>Decisão NRM de fundamentos razoáveis</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Negativa</translation>
    </message>
    <message>
      <source>Neither</source>
      <translation>Nem estuda nem trabalha</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>Noite</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <source>No check-in today</source>
      <translation>Sem registro diário hoje</translation>
    </message>
    <message>
      <source>No safety plan</source>
      <translation>Sem plano de segurança</translation>
    </message>
    <message>
      <source>Non-binary</source>
      <translation>Não binário</translation>
    </message>
    <message>
      <source>Nose</source>
      <translation>Nariz</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>Não se aplica</translation>
    </message>
    <message>
      <source>Not available</source>
      <translation>Não disponível</translation>
    </message>
    <message>
      <source>Not elevated</source>
      <translation>Não elevado</translation>
    </message>
    <message>
      <source>Not upheld</source>
      <translation>Improcedente</translation>
    </message>
    <message>
      <source>Not vetted</source>
      <translation>Não verificado</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Nothing until opened</source>
      <translation>Nada até ser aberto</translation>
    </message>
    <message>
      <source>Oceania</source>
      <translation>Oceania</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>Suspenso</translation>
    </message>
    <message>
      <source>On the skin</source>
      <translation>Sobre a pele</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Em aberto</translation>
    </message>
    <message>
      <source>Open incident</source>
      <translation>Ocorrência em aberto</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Outros</translation>
    </message>
    <message>
      <source>Outreach team</source>
      <translation>Equipe de abordagem social</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Atrasada</translation>
    </message>
    <message>
      <source>Overdue high-priority need</source>
      <translation>Necessidade prioritária atrasada</translation>
    </message>
    <message>
      <source>Partly upheld</source>
      <translation>Parcialmente procedente</translation>
    </message>
    <message>
      <source>Patch</source>
      <translation>Adesivo</translation>
    </message>
    <message>
      <source>Peer group</source>
      <translation>Grupo de pares</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefone</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Ligação</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <source>Photographs</source>
      <translation>Fotografias</translation>
    </message>
    <message>
      <source>Placement breaking down</source>
      <translation>Convivência em risco de ruptura</translation>
    </message>
    <message>
      <source>Play therapy</source>
      <translation>Ludoterapia</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Polícia</translation>
    </message>
    <message>
      <source>Police check</source>
      <translation>Consulta de antecedentes criminais</translation>
    </message>
    <message>
      <source>Police interview</source>
      <translation>Depoimento à polícia</translation>
    </message>
    <message>
      <source>Police investigation</source>
      <translation>Investigação policial</translation>
    </message>
    <message>
      <source>Police visit</source>
      <translation>Visita da polícia</translation>
    </message>
    <message>
      <source>Poor</source>
      <translation>Mal</translation>
    </message>
    <message>
      <source>Positive</source>
      <translation>Positiva</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Adiada</translation>
    </message>
    <message>
      <source>Power cut</source>
      <translation>Falta de energia</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Presente</translation>
    </message>
    <message>
      <source>Probable PTSD</source>
      <translation>TEPT provável</translation>
    </message>
    <message>
      <source>Prosecution</source>
      <translation>Processo penal</translation>
    </message>
    <message>
      <source>Psychosocial support</source>
      <translation>Apoio psicossocial</translation>
    </message>
    <message>
      <source>Qualification</source>
      <translation>Qualificação</translation>
    </message>
    <message>
      <source>Ran away and not found</source>
      <translation>Fugiu e não foi encontrado(a)</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Recebido</translation>
    </message>
    <message>
      <source>Recovery</source>
      <translation>Recuperação</translation>
    </message>
    <message>
      <source>Rectal</source>
      <translation>Retal</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Recusada</translation>
    </message>
    <message>
      <source>Reintegrated with family</source>
      <translation>Reintegrado(a) à família</translation>
    </message>
    <message>
      <source>Reintegration</source>
      <translation>Reintegração</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Não aprovado</translation>
    </message>
    <message>
      <source>Rescheduled</source>
      <translation>Remarcada</translation>
    </message>
    <message>
      <source>Research</source>
      <translation>Pesquisa</translation>
    </message>
    <message>
      <source>Residence permit</source>
      <translation>Autorização de residência</translation>
    </message>
    <message>
      <source>Return interview due</source>
      <translation>Entrevista de retorno pendente</translation>
    </message>
    <message>
      <source>Return interview overdue</source>
      <translation>Entrevista de retorno atrasada</translation>
    </message>
    <message>
      <source>Returned to the pharmacy</source>
      <translation>Devolvido à farmácia</translation>
    </message>
    <message>
      <source>Returned with a comment</source>
      <translation>Devolvido com um comentário</translation>
    </message>
    <message>
      <source>Risk flag</source>
      <translation>Sinal de risco</translation>
    </message>
    <message>
      <source>Risk flag at a check-in</source>
      <translation>Sinal de risco em um registro diário</translation>
    </message>
    <message>
      <source>Risk found at a follow-up contact</source>
      <translation>Risco encontrado em um contato de acompanhamento</translation>
    </message>
    <message>
      <source>Routine</source>
      <translation>Rotina</translation>
    </message>
    <message>
      <source>Runaway risk</source>
      <translation>Risco de evasão</translation>
    </message>
    <message>
      <source>Safe housing</source>
      <translation>Moradia segura</translation>
    </message>
    <message>
      <source>Safeguarding records</source>
      <translation>Registros de proteção</translation>
    </message>
    <message>
      <source>Safety plan</source>
      <translation>Plano de segurança</translation>
    </message>
    <message>
      <source>Safety plan review due</source>
      <translation>Revisão do plano de segurança pendente</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Agendada</translation>
    </message>
    <message>
      <source>School</source>
      <translation>Escola</translation>
    </message>
    <message>
      <source>Seated hold</source>
      <translation>Contenção sentada</translation>
    </message>
    <message>
      <source>Self-harm concern</source>
      <translation>Preocupação com autolesão</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <source>Session held</source>
      <translation>Sessão realizada</translation>
    </message>
    <message>
      <source>Session missed</source>
      <translation>Sessão perdida</translation>
    </message>
    <message>
      <source>Set aside</source>
      <translation>Deixada de lado</translation>
    </message>
    <message>
      <source>Severe</source>
      <translation>Grave</translation>
    </message>
    <message>
      <source>Sexual exploitation</source>
      <translation>Exploração sexual</translation>
    </message>
    <message>
      <source>Social worker</source>
      <translation>Assistente social</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Outra coisa</translation>
    </message>
    <message>
      <source>Somewhat</source>
      <translation>Em parte</translation>
    </message>
    <message>
      <source>Soon</source>
      <translation>Em breve</translation>
    </message>
    <message>
      <source>Stabilization</source>
      <translation>Estabilização</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Equipe</translation>
    </message>
    <message>
      <source>Standing hold</source>
      <translation>Contenção em pé</translation>
    </message>
    <message>
      <source>Stock count does not match</source>
      <translation>A contagem de estoque não confere</translation>
    </message>
    <message>
      <source>Stranger outside</source>
      <translation>Desconhecido do lado de fora</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <source>Substance use</source>
      <translation>Uso de substâncias</translation>
    </message>
    <message>
      <source>T visa</source>
      <translation>Visto T</translation>
    </message>
    <message>
      <source>TF-CBT</source>
      <translation>TCC-FT</translation>
    </message>
    <message>
      <source>Tablet</source>
      <translation>Comprimido</translation>
    </message>
    <message>
      <source>Talk or signs of running away</source>
      <translation>Fala ou sinais de fuga</translation>
    </message>
    <message>
      <source>The young person</source>
      <translation>O/a jovem</translation>
    </message>
    <message>
      <source>Therapy</source>
      <translation>Terapia</translation>
    </message>
    <message>
      <source>Therapy plan</source>
      <translation>Plano de terapia</translation>
    </message>
    <message>
      <source>Through an agency</source>
      <translation>Por meio de um órgão</translation>
    </message>
    <message>
      <source>Thumbnails only</source>
      <translation>Somente miniaturas</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Curso</translation>
    </message>
    <message>
      <source>Transferred to another house</source>
      <translation>Transferido(a) para outra casa</translation>
    </message>
    <message>
      <source>Turned 18</source>
      <translation>Completou 18 anos</translation>
    </message>
    <message>
      <source>Tutoring</source>
      <translation>Reforço escolar</translation>
    </message>
    <message>
      <source>Twice a week</source>
      <translation>Duas vezes por semana</translation>
    </message>
    <message>
      <source>Two missed sessions in a row</source>
      <translation>Duas faltas seguidas às sessões</translation>
    </message>
    <message>
      <source>Unexplained money or gifts</source>
      <translation>Dinheiro ou presentes sem explicação</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Não informado</translation>
    </message>
    <message>
      <source>Unsafe relationship</source>
      <translation>Relacionamento de risco</translation>
    </message>
    <message>
      <source>Upheld</source>
      <translation>Procedente</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <source>Vetted</source>
      <translation>Verificado</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>Videochamada</translation>
    </message>
    <message>
      <source>Violence</source>
      <translation>Violência</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Visita</translation>
    </message>
    <message>
      <source>Visitor at the door</source>
      <translation>Visitante à porta</translation>
    </message>
    <message>
      <source>Vocational</source>
      <translation>Profissionalizante</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Semanal</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirado</translation>
    </message>
    <message>
      <source>Withheld</source>
      <translation>Suspensa</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>Trabalho</translation>
    </message>
    <message>
      <source>Working on it</source>
      <translation>Em andamento</translation>
    </message>
    <message>
      <source>Worse</source>
      <translation>Piorou</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <source>Yoga</source>
      <translation>Ioga</translation>
    </message>
    <message>
      <source>a year or more</source>
      <translation>um ano ou mais</translation>
    </message>
    <message>
      <source>another gender</source>
      <translation>outro gênero</translation>
    </message>
    <message>
      <source>another source</source>
      <translation>outra fonte</translation>
    </message>
    <message>
      <source>arrived in the period</source>
      <translation>chegaram no período</translation>
    </message>
    <message>
      <source>attended therapy</source>
      <translation>frequentaram terapia</translation>
    </message>
    <message>
      <source>awaiting a decision</source>
      <translation>aguardando uma decisão</translation>
    </message>
    <message>
      <source>boy or young man</source>
      <translation>menino ou rapaz</translation>
    </message>
    <message>
      <source>cases closed, by where the young person went</source>
      <translation>casos encerrados, por destino do jovem</translation>
    </message>
    <message>
      <source>children served, by age at intake</source>
      <translation>crianças atendidas, por idade na admissão</translation>
    </message>
    <message>
      <source>children served, by age at the end of the period</source>
      <translation>crianças atendidas, por idade no fim do período</translation>
    </message>
    <message>
      <source>children served, by arrival</source>
      <translation>crianças atendidas, por chegada</translation>
    </message>
    <message>
      <source>children served, by care stage at the end of the period</source>
      <translation>crianças atendidas, por etapa do cuidado no fim do período</translation>
    </message>
    <message>
      <source>children served, by citizenship region</source>
      <translation>crianças atendidas, por região de cidadania</translation>
    </message>
    <message>
      <source>children served, by form of exploitation</source>
      <translation>crianças atendidas, por forma de exploração</translation>
    </message>
    <message>
      <source>children served, by gender</source>
      <translation>crianças atendidas, por gênero</translation>
    </message>
    <message>
      <source>children served, by going missing from care</source>
      <translation>crianças atendidas, por desaparecimento do acolhimento</translation>
    </message>
    <message>
      <source>children served, by identification decision</source>
      <translation>crianças atendidas, por decisão de identificação</translation>
    </message>
    <message>
      <source>children served, by length of stay</source>
      <translation>crianças atendidas, por tempo de permanência</translation>
    </message>
    <message>
      <source>children served, by referral source</source>
      <translation>crianças atendidas, por origem do encaminhamento</translation>
    </message>
    <message>
      <source>children served, by referral to another service</source>
      <translation>crianças atendidas, por encaminhamento a outro serviço</translation>
    </message>
    <message>
      <source>children served, by restraint</source>
      <translation>crianças atendidas, por contenção física</translation>
    </message>
    <message>
      <source>children served, by risk flags raised</source>
      <translation>crianças atendidas, por alertas de risco</translation>
    </message>
    <message>
      <source>children served, by therapy attended</source>
      <translation>crianças atendidas, por terapia frequentada</translation>
    </message>
    <message>
      <source>did not go missing</source>
      <translation>não desapareceram</translation>
    </message>
    <message>
      <source>fewer than two scores</source>
      <translation>menos de duas pontuações</translation>
    </message>
    <message>
      <source>follow-up contacts made, by re-trafficking risk found</source>
      <translation>contatos de acompanhamento, por risco de novo tráfico encontrado</translation>
    </message>
    <message>
      <source>girl or young woman</source>
      <translation>menina ou moça</translation>
    </message>
    <message>
      <source>good</source>
      <translation>bem</translation>
    </message>
    <message>
      <source>health service</source>
      <translation>serviço de saúde</translation>
    </message>
    <message>
      <source>in the house before the period</source>
      <translation>na casa antes do período</translation>
    </message>
    <message>
      <source>incidents, by kind</source>
      <translation>incidentes, por tipo</translation>
    </message>
    <message>
      <source>interview later or not held</source>
      <translation>entrevista depois ou não realizada</translation>
    </message>
    <message>
      <source>interview within 72 hours</source>
      <translation>entrevista em até 72 horas</translation>
    </message>
    <message>
      <source>low</source>
      <translation>mal</translation>
    </message>
    <message>
      <source>missing episodes, by return interview</source>
      <translation>episódios de desaparecimento, por entrevista de retorno</translation>
    </message>
    <message>
      <source>more than one form</source>
      <translation>mais de uma forma</translation>
    </message>
    <message>
      <source>needs met, by category</source>
      <translation>necessidades atendidas, por categoria</translation>
    </message>
    <message>
      <source>needs opened, by category</source>
      <translation>necessidades abertas, por categoria</translation>
    </message>
    <message>
      <source>negative decision</source>
      <translation>decisão negativa</translation>
    </message>
    <message>
      <source>no decision recorded</source>
      <translation>nenhuma decisão registrada</translation>
    </message>
    <message>
      <source>no reliable change</source>
      <translation>sem mudança confiável</translation>
    </message>
    <message>
      <source>no risk flag raised</source>
      <translation>nenhum alerta de risco</translation>
    </message>
    <message>
      <source>no therapy attended</source>
      <translation>nenhuma terapia frequentada</translation>
    </message>
    <message>
      <source>not back or interview not yet due</source>
      <translation>não voltou ou entrevista ainda não devida</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>não registrado</translation>
    </message>
    <message>
      <source>not referred</source>
      <translation>não encaminhados</translation>
    </message>
    <message>
      <source>not restrained</source>
      <translation>sem contenção</translation>
    </message>
    <message>
      <source>okay</source>
      <translation>mais ou menos</translation>
    </message>
    <message>
      <source>one or more risk flags raised</source>
      <translation>um ou mais alertas de risco</translation>
    </message>
    <message>
      <source>police or other law enforcement</source>
      <translation>polícia ou outras forças da lei</translation>
    </message>
    <message>
      <source>positive final decision</source>
      <translation>decisão final positiva</translation>
    </message>
    <message>
      <source>positive first-stage decision only</source>
      <translation>apenas decisão positiva da primeira etapa</translation>
    </message>
    <message>
      <source>referrals made, by kind</source>
      <translation>encaminhamentos feitos, por tipo</translation>
    </message>
    <message>
      <source>referred in the period</source>
      <translation>encaminhados no período</translation>
    </message>
    <message>
      <source>reliable change not available for this scale</source>
      <translation>mudança confiável não disponível para esta escala</translation>
    </message>
    <message>
      <source>reliably improved</source>
      <translation>melhora confiável</translation>
    </message>
    <message>
      <source>reliably worse</source>
      <translation>piora confiável</translation>
    </message>
    <message>
      <source>restrained in the period</source>
      <translation>contidos no período</translation>
    </message>
    <message>
      <source>risk not assessed</source>
      <translation>risco não avaliado</translation>
    </message>
    <message>
      <source>self or family</source>
      <translation>o próprio jovem ou a família</translation>
    </message>
    <message>
      <source>social services or child protection</source>
      <translation>serviços sociais ou proteção à criança</translation>
    </message>
    <message>
      <source>the house</source>
      <translation>a casa</translation>
    </message>
    <message>
      <source>therapy sessions attended or missed, by kind of therapy</source>
      <translation>sessões de terapia frequentadas ou perdidas, por tipo de terapia</translation>
    </message>
    <message>
      <source>therapy sessions attended or missed, by status</source>
      <translation>sessões de terapia frequentadas ou perdidas, por situação</translation>
    </message>
    <message>
      <source>under 1 month</source>
      <translation>menos de 1 mês</translation>
    </message>
    <message>
      <source>under 12</source>
      <translation>menos de 12</translation>
    </message>
    <message>
      <source>very good</source>
      <translation>muito bem</translation>
    </message>
    <message>
      <source>very low</source>
      <translation>muito mal</translation>
    </message>
    <message>
      <source>went missing in the period</source>
      <translation>desapareceram no período</translation>
    </message>
  </context>
</TS>
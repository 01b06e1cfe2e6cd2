staff-site-name = Portal das Vítimas de Londres: área profissional
staff-sign-in-title = Entrar
staff-sign-in = Entrar
staff-sign-out = Sair
staff-email = Endereço de e-mail
staff-password = Senha
staff-forgot-link = Esqueceu a senha?
staff-code-title = Insira o seu código
staff-code = Código
staff-code-hint = O código de seis dígitos da sua app de autenticação, ou um dos seus códigos de recuperação.
staff-continue = Continuar
staff-back-home = Voltar à página inicial da área profissional
staff-nav-label = Páginas da área profissional
staff-nav-home = Início
staff-nav-services = Fichas
staff-nav-moderation = Alterações a aprovar
staff-nav-stale = Fichas não confirmadas
staff-nav-organizations = Organizações
staff-nav-users = Contas
staff-nav-audit = Histórico de auditoria
staff-nav-account = A sua conta

staff-error-title = Ocorreu um erro
staff-error-summary = Há um problema
staff-error-signed-out = A sua sessão terminou. Entre de novo.
staff-error-forbidden = A sua conta não tem permissão para fazer isto.
staff-error-form-expired = Este formulário expirou. Volte atrás, recarregue a página e tente de novo.
staff-error-not-found = Esta página não existe, ou a sua conta não tem acesso a ela.
staff-error-bad-form = Não foi possível ler o formulário. Recarregue a página e tente de novo.
staff-error-email = Insira um endereço de e-mail, como nome@example.org.
staff-error-credentials = O endereço de e-mail ou a senha não estão corretos.
staff-error-account-locked = Esta conta fica bloqueada durante 15 minutos após demasiadas tentativas sem sucesso. Tente mais tarde ou redefina a sua senha.
staff-error-too-many-attempts = Demasiadas tentativas sem sucesso a partir desta rede. Aguarde 15 minutos e tente de novo.
staff-error-code = Esse código não está correto ou já foi usado. Os códigos mudam a cada 30 segundos.
staff-error-password-short = Escolha uma senha com pelo menos 12 caracteres. Algumas palavras sem relação entre si funcionam bem.
staff-error-password-long = Escolha uma senha com 256 caracteres no máximo.
staff-error-password-mismatch = As duas senhas não são iguais.
staff-error-password-like-email = Escolha uma senha que não contenha o seu endereço de e-mail.
staff-error-password-simple = Escolha uma senha com mais caracteres diferentes.
staff-error-current-password = A sua senha atual não está correta.
staff-error-link-unknown = Este link não é válido. Verifique se o copiou por inteiro.
staff-error-link-expired = Este link expirou ou já foi usado. Peça um novo.
staff-error-age = As idades são números inteiros de 0 a 120.
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = Nada foi alterado. Altere um campo ou use “Esta ficha está correta”.
staff-error-already-reviewed = Outra pessoa já aprovou ou rejeitou esta alteração.
staff-error-reason = Indique um motivo com 2000 caracteres no máximo: o prestador de serviços vai vê-lo.
staff-error-organization-name = Insira o nome da organização (200 caracteres no máximo).
staff-error-organization-slug = O nome curto só pode ter letras minúsculas, algarismos e hífens simples, como “solace-women”.
staff-error-organization-website = O endereço do site deve começar com https://.
staff-error-organization-exists = Já existe uma organização com este nome curto.
staff-error-organization-needed = Escolha pelo menos uma organização para um prestador de serviços ou um gestor de casos.
staff-error-user-exists = Já existe uma conta com este endereço de e-mail.
staff-error-date = As datas escrevem-se no formato ano-mês-dia, como 2026-11-29.

staff-done-revision-sent = A sua alteração foi enviada. Um administrador vai verificá-la antes de ser publicada.
staff-done-confirmed = Obrigado. A ficha mostra a data de hoje como a da última verificação.
staff-done-approved = A alteração foi aprovada e já está publicada.
staff-done-rejected = A alteração foi rejeitada; o prestador de serviços vai ver o seu motivo.
staff-done-password-changed = A sua senha foi alterada. As suas outras sessões foram terminadas.
staff-done-language-changed = O seu idioma foi guardado.
staff-done-invited = A conta foi criada e foi enviado por e-mail um link de configuração.
staff-done-organization-created = A organização foi criada.
staff-done-user-disabled = A conta foi desativada e as suas sessões foram terminadas.
staff-done-user-enabled = A conta foi ativada de novo.
staff-done-memberships-changed = As organizações da conta foram atualizadas.
staff-done-password-reset = A sua senha foi alterada. Entre agora com a nova senha.
staff-done-reset-sent = Se houver uma conta com esse endereço, foi enviado para ele um link para escolher uma nova senha. O link é válido durante uma hora.

staff-setup-title = Configure a sua conta
staff-reset-title = Escolha uma nova senha
staff-setup-for = Conta: { $email }
staff-link-title = Link não válido
staff-new-password = Nova senha
staff-new-password-hint = Pelo menos 12 caracteres. Algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar.
staff-confirm-password = Escreva a nova senha outra vez
staff-save-password = Guardar a senha
staff-enrol-title = Configure a sua app de autenticação
staff-enrol-intro = Todas as contas profissionais precisam de um segundo passo ao entrar. Leia este código com uma app de autenticação no seu telefone (por exemplo, Microsoft Authenticator, Google Authenticator ou FreeOTP).
staff-enrol-manual = Se não conseguir ler o código, escreva esta chave na app:
staff-enrol-code = O código de seis dígitos que a app mostra
staff-enrol-confirm = Confirmar
staff-recovery-title = Códigos de recuperação
staff-recovery-intro = Guarde estes códigos em lugar seguro, como um gestor de senhas. Cada código permite entrar uma vez, se perder o telefone. Não voltarão a ser mostrados.
staff-recovery-remaining = { $count ->
    [0] Não tem códigos de recuperação disponíveis.
    [one] Tem um código de recuperação disponível.
   *[other] Tem { $count } códigos de recuperação disponíveis.
}
staff-recovery-new = Criar novos códigos de recuperação (os antigos deixam de funcionar)
staff-forgot-title = Redefinir a senha
staff-forgot-intro = Insira o endereço de e-mail da sua conta. Enviaremos para esse endereço um link para escolher uma nova senha.
staff-forgot-send = Enviar o link
staff-mail-reset-subject = Redefina a sua senha do Portal das Vítimas de Londres
staff-mail-reset-body = Alguém pediu para redefinir a senha da sua conta profissional do Portal das Vítimas de Londres. Para escolher uma nova senha, abra este link no prazo de uma hora:

    { $link }

    Se não fez este pedido, ignore este e-mail: a sua senha não muda.
staff-mail-invite-subject = A sua conta profissional do Portal das Vítimas de Londres
staff-mail-invite-body = Um administrador criou uma conta profissional do Portal das Vítimas de Londres associada a este endereço de e-mail. Para escolher a sua senha e configurar a sua app de autenticação, abra este link no prazo de 72 horas:

    { $link }

staff-home-title = Início da área profissional
staff-role-admin = Tem a função de administração.
staff-role-provider = Mantém atualizadas as fichas da sua organização.
staff-role-caseworker = Tem a função de gestão de casos.
staff-member-of = Organizações: { $organizations }
staff-home-services = { $count ->
    [0] Nenhuma ficha para manter atualizada
    [one] Uma ficha para manter atualizada
   *[other] { $count } fichas para manter atualizadas
}
staff-home-pending = { $count ->
    [0] Nenhuma alteração a aprovar
    [one] Uma alteração a aprovar
   *[other] { $count } alterações a aprovar
}
staff-home-stale = { $count ->
    [0] Nenhuma ficha sem confirmação há seis meses
    [one] Uma ficha sem confirmação há seis meses
   *[other] { $count } fichas sem confirmação há seis meses
}
staff-home-directory = Procurar serviços no diretório
staff-account-title = A sua conta
staff-language = Idioma
staff-save = Guardar
staff-change-password = Alterar a sua senha
staff-current-password = Senha atual

staff-services-title = As suas fichas
staff-services-none = A sua conta ainda não tem fichas. Peça a um administrador que adicione a sua organização.
staff-never-confirmed = Nunca confirmada pelo prestador de serviços
staff-confirmed-on = Confirmada pela última vez em { $date }
staff-last-confirmed = Última confirmação
staff-revision-pending = Há uma alteração à espera de aprovação.
staff-revision-rejected = A sua última alteração não foi aprovada: { $reason }
staff-revision-approved = A sua última alteração foi aprovada em { $date }.
staff-edit = Editar
staff-confirm-correct = Esta ficha está correta
staff-edit-title = Editar { $name }
staff-edit-intro = Altere tudo o que não estiver correto. Um administrador verifica cada alteração antes de ser publicada.
staff-edit-pending = Este formulário mostra a sua alteração que está à espera de aprovação. Um novo envio substitui a alteração anterior.
staff-listing-about = Sobre o serviço
staff-listing-availability = Disponibilidade
staff-listing-contact = Como falar com o serviço
staff-listing-languages = Idiomas
staff-listing-submit = Enviar para aprovação
staff-hint-one-per-line = Um item por linha.
staff-capacity-unstated = Não indicado
staff-closure-message = Mensagem enquanto estiver fechado
staff-closure-until = Fechado até (opcional)
staff-phone-n = Telefone { $n }
staff-phone-number = Número
staff-phone-kind = Tipo
staff-phone-kind-voice = Chamadas de voz
staff-phone-kind-sms = Mensagens de texto
staff-phone-kind-textphone = Telefone de texto
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = Nota (opcional)
staff-hours-hint = Horas na hora de Londres, no formato HH:MM. Uma hora de encerramento anterior à de abertura continua depois da meia-noite; 24:00 termina o dia. Uma linha deixada vazia é removida.
staff-hours-n = Horário { $n }
staff-hours-opens = Abre
staff-hours-closes = Fecha
staff-hours-note = Nota (opcional)
staff-languages-hint = Códigos de idioma de duas ou três letras, separados por vírgulas, como “en, so, ar”.
staff-places-hint = Um local confidencial (uma casa-abrigo, uma casa de acolhimento) nunca mostra um endereço em nenhuma parte do portal: qualquer endereço escrito para ele é descartado.
staff-place-n = Local { $n }
staff-place-name = Nome
staff-place-confidential = Confidencial: nunca mostrar onde fica
staff-place-address = Endereço
staff-place-city = Localidade ou cidade
staff-place-postcode = Código postal
staff-place-borough = Bairro (borough)
staff-place-borough-none = Fora dos bairros (boroughs) de Londres
staff-place-description = Nota (opcional)

staff-field-id = Identificador
staff-field-name = Nome
staff-field-organization = Organização
staff-field-description = Descrição
staff-field-offers = O que oferece
staff-field-eligibility_description = Para quem é
staff-field-url = Site
staff-field-email = E-mail
staff-field-chat_url = Chat online
staff-field-phones = Telefones
staff-field-schedules = Horário
staff-field-languages = Idiomas falados
staff-field-interpretation_services = Interpretação
staff-field-areas = Áreas abrangidas
staff-field-situations = Situações em que ajuda
staff-field-needs = Necessidades a que responde
staff-field-groups = Grupos em que é especializado
staff-field-fees = Custo
staff-field-minimum_age = Idade mínima
staff-field-maximum_age = Idade máxima
staff-field-accepts_online_contact = Aceita pedidos de ajuda enviados através do portal
staff-field-locations = Locais
staff-field-translations = Traduções
staff-field-capacity = Capacidade
staff-field-capacity_note = Nota sobre a capacidade (por exemplo, quanto tempo é preciso esperar)
staff-field-closure = Temporariamente fechado

staff-queue-title = Alterações a aprovar
staff-queue-empty = Não há alterações à espera.
staff-proposed-by = Enviada por { $email } em { $date }
staff-revision-title = Alteração a uma ficha
staff-revision-heading = Alteração a { $name }
staff-revision-changed-since = A ficha publicada mudou desde que esta alteração foi feita. A tabela compara-a com a ficha publicada.
staff-diff-caption = O que muda
staff-diff-field = Campo
staff-diff-before = Agora
staff-diff-after = Proposto
staff-approve = Aprovar e publicar
staff-reject = Rejeitar
staff-reject-reason = Motivo da rejeição (o prestador de serviços vai vê-lo)
staff-status-approved = Aprovada
staff-status-rejected = Rejeitada
staff-status-withdrawn = Substituída por uma alteração mais recente
staff-status-pending = À espera

staff-organizations-title = Organizações
staff-organization-new = Adicionar uma organização
staff-organization-name = Nome
staff-organization-slug = Nome curto
staff-organization-slug-hint = Letras minúsculas, algarismos e hífens, como “solace-women”. Não pode ser alterado mais tarde.
staff-organization-website = Site (opcional)
staff-organization-create = Adicionar organização
staff-organization-services = Fichas
staff-organization-members = Contas profissionais

staff-users-title = Contas profissionais
staff-invite-title = Criar uma conta
staff-invite-intro = A pessoa recebe um e-mail com um link para escolher uma senha e configurar uma app de autenticação.
staff-invite-organizations = Organizações (mantenha Ctrl ou ⌘ pressionado para escolher várias)
staff-invite-send = Criar e enviar o link
staff-role = Função
staff-role-name-admin = Administrador(a)
staff-role-name-provider = Prestador(a) de serviços
staff-role-name-caseworker = Gestor(a) de casos
staff-user-organizations = Organizações
staff-user-state = Estado
staff-user-actions = Ações
staff-user-active = Ativa
staff-user-invited = Convidada, ainda não configurada
staff-user-locked = Bloqueada temporariamente
staff-user-disabled = Desativada
staff-user-disable = Desativar
staff-user-enable = Ativar
staff-membership-add = Adicionar a uma organização
staff-membership-add-button = Adicionar

staff-stale-title = Fichas sem confirmação há seis meses
staff-stale-count = { $count ->
    [0] Não há fichas sem confirmação do prestador de serviços há seis meses ou mais.
    [one] Há uma ficha sem confirmação do prestador de serviços há seis meses ou mais.
   *[other] Há { $count } fichas sem confirmação dos prestadores de serviços há seis meses ou mais.
}

staff-audit-title = Histórico de auditoria
staff-audit-when = Quando (UTC)
staff-audit-actor = Quem
staff-audit-action = Ação
staff-audit-any = Qualquer ação
staff-audit-target = Elemento
staff-audit-from = De
staff-audit-to = Até
staff-audit-filter = Filtrar
staff-audit-change = Antes e depois
staff-audit-show = Mostrar
staff-audit-older = Entradas anteriores

staff-nav-inbox = Caixa de entrada
staff-inbox-title = Caixa de entrada
staff-inbox-empty = Ainda não há pedidos de ajuda.
staff-inbox-admin-counts = Os administradores veem quantos pedidos há, mas nunca o que dizem.
staff-inbox-received = Recebido em { $date }
staff-done-status-changed = O estado foi guardado.
staff-contact-heading = Pedido de ajuda { $reference }
staff-contact-name = Nome a usar
staff-contact-method = Como contactar a pessoa
staff-contact-message = Mensagem
staff-contact-safe-times = Horários seguros
staff-contact-help = Ajuda pretendida
staff-contact-interpreter = Intérprete
staff-contact-language = Idioma do formulário
staff-contact-status = Estado
staff-contact-status-new = Novo
staff-contact-status-contacting = A tentar contactar
staff-contact-status-engaged = Em contacto
staff-contact-status-helped = Ajuda prestada
staff-contact-status-declined = Recusado
staff-contact-status-closed = Encerrado
staff-mail-new-request-subject = Novo pedido de ajuda
staff-mail-new-request-body = Uma pessoa pediu para ser contactada por um dos serviços da sua organização. Entre na sua conta para ler o pedido:

    { $link }

    Para segurança desta pessoa, este e-mail não contém nenhuma informação sobre ela.
staff-contact-timeline = Histórico
staff-contact-timeline-entry = { $date }: { $email } alterou o estado para «{ $status }»
staff-membership-remove = Remover
staff-membership-remove-label = Remover de { $organization }

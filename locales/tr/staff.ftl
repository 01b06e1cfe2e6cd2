staff-site-name = Londra Mağdur Portalı: personel
staff-sign-in-title = Oturum açın
staff-sign-in = Oturum aç
staff-sign-out = Oturumu kapat
staff-email = E-posta adresi
staff-password = Parola
staff-forgot-link = Parolanızı mı unuttunuz?
staff-code-title = Kodunuzu girin
staff-code = Kod
staff-code-hint = Doğrulama uygulamanızdaki altı haneli kod ya da kurtarma kodlarınızdan biri.
staff-continue = Devam et
staff-back-home = Personel ana sayfasına dön
staff-nav-label = Personel sayfaları
staff-nav-home = Ana sayfa
staff-nav-services = Hizmet kayıtları
staff-nav-moderation = Onay bekleyen değişiklikler
staff-nav-stale = Doğrulanmamış kayıtlar
staff-nav-organizations = Kuruluşlar
staff-nav-users = Hesaplar
staff-nav-audit = Denetim kaydı
staff-nav-account = Hesabınız

staff-error-title = Bir sorun oluştu
staff-error-summary = Bir sorun var
staff-error-signed-out = Oturumunuz sona erdi. Lütfen yeniden oturum açın.
staff-error-forbidden = Hesabınızın bu işlem için yetkisi yok.
staff-error-form-expired = Bu formun süresi doldu. Geri dönün, sayfayı yenileyin ve tekrar deneyin.
staff-error-not-found = Bu sayfa yok ya da hesabınız bu sayfayı göremiyor.
staff-error-bad-form = Form okunamadı. Sayfayı yenileyip tekrar deneyin.
staff-error-email = ad@example.org gibi bir e-posta adresi girin.
staff-error-credentials = E-posta adresi veya parola yanlış.
staff-error-account-locked = Çok sayıda başarısız denemeden sonra bu hesap 15 dakika süreyle kilitlendi. Daha sonra tekrar deneyin ya da parolanızı sıfırlayın.
staff-error-too-many-attempts = Bu ağdan çok sayıda başarısız deneme yapıldı. 15 dakika bekleyip tekrar deneyin.
staff-error-code = Bu kod yanlış ya da daha önce kullanılmış. Kodlar her 30 saniyede bir değişir.
staff-error-password-short = En az 12 karakterden oluşan bir parola seçin. Birbiriyle ilgisiz birkaç kelime iyi bir seçimdir.
staff-error-password-long = En fazla 256 karakterden oluşan bir parola seçin.
staff-error-password-mismatch = Girdiğiniz iki parola aynı değil.
staff-error-password-like-email = E-posta adresinizi içermeyen bir parola seçin.
staff-error-password-simple = Daha çeşitli karakterler içeren bir parola seçin.
staff-error-current-password = Mevcut parolanız yanlış.
staff-error-link-unknown = Bu bağlantı geçerli değil. Bağlantının tamamını kopyaladığınızdan emin olun.
staff-error-link-expired = Bu bağlantının süresi dolmuş ya da bağlantı daha önce kullanılmış. Yeni bir bağlantı isteyin.
staff-error-age = Yaş, 0 ile 120 arasında bir tam sayı olmalıdır.
staff-error-listing-field = { $field }: { $problem }
staff-error-no-change = Hiçbir şey değişmedi. Bir alanı değiştirin ya da bunun yerine "Bu kayıt doğru" düğmesini kullanın.
staff-error-already-reviewed = Bu değişiklik başka biri tarafından zaten onaylandı ya da reddedildi.
staff-error-reason = En fazla 2.000 karakterlik bir gerekçe yazın: hizmet sağlayıcı bu gerekçeyi görecek.
staff-error-organization-name = Kuruluşun adını girin (en fazla 200 karakter).
staff-error-organization-slug = Kısa ad yalnızca küçük harf, rakam ve tek kısa çizgi içerebilir; örneğin "solace-women".
staff-error-organization-website = Web sitesi adresi https:// ile başlamalıdır.
staff-error-organization-exists = Bu kısa ada sahip bir kuruluş zaten var.
staff-error-organization-needed = Hizmet sağlayıcı veya vaka görevlisi için en az bir kuruluş seçin.
staff-error-user-exists = Bu e-posta adresiyle açılmış bir hesap zaten var.
staff-error-date = Tarihler yıl-ay-gün biçiminde yazılır; örneğin 2026-11-29.

staff-done-revision-sent = Değişikliğiniz gönderildi. Yayına girmeden önce bir yönetici tarafından kontrol edilecek.
staff-done-confirmed = Teşekkürler. Kayıtta son kontrol tarihi olarak bugünün tarihi gösteriliyor.
staff-done-approved = Değişiklik onaylandı ve yayına girdi.
staff-done-rejected = Değişiklik reddedildi; hizmet sağlayıcı gerekçenizi görecek.
staff-done-password-changed = Parolanız değiştirildi. Diğer oturumlarınız kapatıldı.
staff-done-language-changed = Dil tercihiniz kaydedildi.
staff-done-invited = Hesap oluşturuldu ve kurulum bağlantısı e-postayla gönderildi.
staff-done-organization-created = Kuruluş oluşturuldu.
staff-done-user-disabled = Hesap devre dışı bırakıldı ve oturumu kapatıldı.
staff-done-user-enabled = Hesap yeniden etkinleştirildi.
staff-done-memberships-changed = Hesabın bağlı olduğu kuruluşlar güncellendi.
staff-done-password-reset = Parolanız değiştirildi. Şimdi yeni parolanızla oturum açın.
staff-done-reset-sent = Bu adresi kullanan bir hesap varsa, yeni parola seçmek için o adrese bir bağlantı gönderdik. Bağlantı bir saat boyunca geçerlidir.

staff-setup-title = Hesabınızı kurun
staff-reset-title = Yeni bir parola seçin
staff-setup-for = Hesap: { $email }
staff-link-title = Bağlantı geçerli değil
staff-new-password = Yeni parola
staff-new-password-hint = En az 12 karakter. Birbiriyle ilgisiz birkaç kelimeyi hatırlamak kolay, tahmin etmek ise zordur.
staff-confirm-password = Yeni parolayı tekrar yazın
staff-save-password = Parolayı kaydet
staff-enrol-title = Doğrulama uygulamanızı kurun
staff-enrol-intro = Her personel hesabında oturum açarken ikinci bir adım gerekir. Bu kodu telefonunuzdaki bir doğrulama uygulamasıyla tarayın (örneğin Microsoft Authenticator, Google Authenticator veya FreeOTP).
staff-enrol-manual = Kodu tarayamıyorsanız bunun yerine bu anahtarı uygulamaya yazın:
staff-enrol-code = Uygulamanın gösterdiği altı haneli kod
staff-enrol-confirm = Onayla
staff-recovery-title = Kurtarma kodları
staff-recovery-intro = Bu kodları parola yöneticisi gibi güvenli bir yerde saklayın. Telefonunuzu kaybederseniz her kodla bir kez oturum açabilirsiniz. Bu kodlar bir daha gösterilmeyecek.
staff-recovery-remaining = { $count ->
    [one] Kullanılmamış bir kurtarma kodunuz var.
   *[other] Kullanılmamış { $count } kurtarma kodunuz var.
}
staff-recovery-new = Yeni kurtarma kodları oluştur (eski kodlar artık çalışmaz)
staff-forgot-title = Parolanızı sıfırlayın
staff-forgot-intro = Hesabınızın e-posta adresini girin. Yeni bir parola seçmeniz için size e-postayla bir bağlantı göndereceğiz.
staff-forgot-send = Bağlantıyı gönder
staff-mail-reset-subject = Londra Mağdur Portalı parolanızı sıfırlayın
staff-mail-reset-body = Londra Mağdur Portalı personel hesabınızın parolasını sıfırlamak için bir istekte bulunuldu. Yeni bir parola seçmek için bu bağlantıyı bir saat içinde açın:

    { $link }

    Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın: parolanız değişmeyecek.
staff-mail-invite-subject = Londra Mağdur Portalı personel hesabınız
staff-mail-invite-body = Bir yönetici sizin için bir Londra Mağdur Portalı personel hesabı oluşturdu. Parolanızı seçmek ve doğrulama uygulamanızı kurmak için bu bağlantıyı 72 saat içinde açın:

    { $link }

staff-home-title = Personel ana sayfası
staff-role-admin = Yöneticisiniz.
staff-role-provider = Kuruluşunuzun hizmet kayıtlarını güncel tutmaktan siz sorumlusunuz.
staff-role-caseworker = Vaka görevlisisiniz.
staff-member-of = Kuruluşlar: { $organizations }
staff-home-services = { $count ->
    [one] Güncel tutmanız gereken bir kayıt
   *[other] Güncel tutmanız gereken { $count } kayıt
}
staff-home-pending = { $count ->
    [one] Onay bekleyen bir değişiklik
   *[other] Onay bekleyen { $count } değişiklik
}
staff-home-stale = { $count ->
    [one] Altı aydır doğrulanmamış bir kayıt
   *[other] Altı aydır doğrulanmamış { $count } kayıt
}
staff-home-directory = Rehberde hizmet arayın
staff-account-title = Hesabınız
staff-language = Dil
staff-save = Kaydet
staff-change-password = Parolanızı değiştirin
staff-current-password = Mevcut parola

staff-services-title = Hizmet kayıtlarınız
staff-services-none = Hesabınıza bağlı henüz hiçbir kayıt yok. Kuruluşunuzu eklemesi için bir yöneticiye başvurun.
staff-never-confirmed = Hizmet sağlayıcı tarafından hiç doğrulanmadı
staff-confirmed-on = Son doğrulama: { $date }
staff-last-confirmed = Son doğrulama
staff-revision-pending = Onay bekleyen bir değişiklik var.
staff-revision-rejected = Son değişikliğiniz onaylanmadı: { $reason }
staff-revision-approved = Son değişikliğiniz { $date } tarihinde onaylandı.
staff-edit = Düzenle
staff-confirm-correct = Bu kayıt doğru
staff-edit-title = Düzenle: { $name }
staff-edit-intro = Doğru olmayan her şeyi değiştirin. Her değişiklik, yayına girmeden önce bir yönetici tarafından kontrol edilir.
staff-edit-pending = Bu formda, onay bekleyen değişikliğiniz gösteriliyor. Formu yeniden gönderirseniz bekleyen değişikliğin yerini alır.
staff-listing-about = Hizmet hakkında
staff-listing-availability = Müsaitlik durumu
staff-listing-contact = İletişim
staff-listing-languages = Diller
staff-listing-submit = Onaya gönder
staff-hint-one-per-line = Her satıra bir öğe yazın.
staff-capacity-unstated = Belirtilmemiş
staff-closure-message = Kapalıyken gösterilecek mesaj
staff-closure-until = Şu tarihe kadar kapalı (isteğe bağlı)
staff-phone-n = Telefon { $n }
staff-phone-number = Numara
staff-phone-kind = Tür
staff-phone-kind-voice = Sesli arama
staff-phone-kind-sms = SMS
staff-phone-kind-textphone = Metin telefonu
staff-phone-kind-whatsapp = WhatsApp
staff-phone-description = Not (isteğe bağlı)
staff-hours-hint = Saatleri Londra saatine göre HH:MM biçiminde yazın. Kapanış saati açılış saatinden önceyse süre gece yarısını geçer; 24:00 günün sonunu gösterir. Bir satırı silmek için boş bırakın.
staff-hours-n = Çalışma saatleri { $n }
staff-hours-opens = Açılış
staff-hours-closes = Kapanış
staff-hours-note = Not (isteğe bağlı)
staff-languages-hint = Virgülle ayrılmış iki veya üç harfli dil kodları; örneğin "en, so, ar".
staff-places-hint = Gizli bir yerin (sığınma evi, güvenli ev) adresi hiçbir yerde gösterilmez: bu yer için yazılan adres silinir.
staff-place-n = Yer { $n }
staff-place-name = Ad
staff-place-confidential = Gizli: konumu hiçbir zaman gösterilmez
staff-place-address = Açık adres
staff-place-city = Şehir veya kasaba
staff-place-postcode = Posta kodu
staff-place-borough = İlçe
staff-place-borough-none = Bir Londra ilçesinde değil
staff-place-description = Not (isteğe bağlı)

staff-field-id = Tanımlayıcı
staff-field-name = Ad
staff-field-organization = Kuruluş
staff-field-description = Açıklama
staff-field-offers = Neler sunuyor
staff-field-eligibility_description = Kimler için
staff-field-url = Web sitesi
staff-field-email = E-posta
staff-field-chat_url = Canlı sohbet
staff-field-phones = Telefonlar
staff-field-schedules = Çalışma saatleri
staff-field-languages = Konuşulan diller
staff-field-interpretation_services = Tercümanlık
staff-field-areas = Hizmet bölgeleri
staff-field-situations = Yardımcı olduğu durumlar
staff-field-needs = Karşıladığı ihtiyaçlar
staff-field-groups = Uzmanlaştığı gruplar
staff-field-fees = Ücretler
staff-field-minimum_age = En düşük yaş
staff-field-maximum_age = En yüksek yaş
staff-field-accepts_online_contact = Portal üzerinden iletişim taleplerini kabul ediyor
staff-field-locations = Yerler
staff-field-translations = Çeviriler
staff-field-capacity = Kapasite
staff-field-capacity_note = Kapasite notu (örneğin bekleme süresi ne kadar)
staff-field-closure = Geçici olarak kapalı

staff-queue-title = Onay bekleyen değişiklikler
staff-queue-empty = Bekleyen değişiklik yok.
staff-proposed-by = { $email } tarafından { $date } tarihinde gönderildi
staff-revision-title = Kayıt değişikliği
staff-revision-heading = Değişiklik: { $name }
staff-revision-changed-since = Bu değişiklik yapıldıktan sonra yayındaki kayıt değişti. Tablo, değişikliği yayındaki kayıtla karşılaştırıyor.
staff-diff-caption = Neler değişiyor
staff-diff-field = Alan
staff-diff-before = Şu anki hali
staff-diff-after = Önerilen
staff-approve = Onayla ve yayınla
staff-reject = Reddet
staff-reject-reason = Ret gerekçesi (hizmet sağlayıcı görür)
staff-status-approved = Onaylandı
staff-status-rejected = Reddedildi
staff-status-withdrawn = Daha yeni bir değişiklikle değiştirildi
staff-status-pending = Bekliyor

staff-organizations-title = Kuruluşlar
staff-organization-new = Kuruluş ekle
staff-organization-name = Ad
staff-organization-slug = Kısa ad
staff-organization-slug-hint = Küçük harf, rakam ve kısa çizgi; örneğin "solace-women". Daha sonra değiştirilemez.
staff-organization-website = Web sitesi (isteğe bağlı)
staff-organization-create = Kuruluşu ekle
staff-organization-services = Hizmet kayıtları
staff-organization-members = Personel hesapları

staff-users-title = Personel hesapları
staff-invite-title = Hesap oluşturun
staff-invite-intro = Kişiye, parola seçmesi ve doğrulama uygulaması kurması için bir bağlantı içeren e-posta gönderilir.
staff-invite-organizations = Kuruluşlar (birden fazla seçmek için Ctrl veya ⌘ tuşunu basılı tutun)
staff-invite-send = Oluştur ve bağlantıyı gönder
staff-role = Rol
staff-role-name-admin = Yönetici
staff-role-name-provider = Hizmet sağlayıcı
staff-role-name-caseworker = Vaka görevlisi
staff-user-organizations = Kuruluşlar
staff-user-state = Durum
staff-user-actions = İşlemler
staff-user-active = Etkin
staff-user-invited = Davet edildi, henüz kurulmadı
staff-user-locked = Geçici olarak kilitli
staff-user-disabled = Devre dışı
staff-user-disable = Devre dışı bırak
staff-user-enable = Etkinleştir
staff-membership-add = Kuruluşa ekle
staff-membership-add-button = Ekle

staff-stale-title = Altı aydır doğrulanmamış kayıtlar
staff-stale-count = { $count ->
    [one] Bir kayıt, altı ay veya daha uzun süredir hizmet sağlayıcısı tarafından doğrulanmadı.
   *[other] { $count } kayıt, altı ay veya daha uzun süredir hizmet sağlayıcıları tarafından doğrulanmadı.
}

staff-audit-title = Denetim kaydı
staff-audit-when = Zaman (UTC)
staff-audit-actor = Kim
staff-audit-action = İşlem
staff-audit-any = Tüm işlemler
staff-audit-target = Hedef
staff-audit-from = Başlangıç tarihi
staff-audit-to = Bitiş tarihi
staff-audit-filter = Filtrele
staff-audit-change = Önce ve sonra
staff-audit-show = Göster
staff-audit-older = Daha eski girdiler

staff-nav-inbox = Gelen kutusu
staff-inbox-title = Gelen kutusu
staff-inbox-empty = Henüz iletişim talebi yok.
staff-inbox-admin-counts = Yöneticiler kaç talep olduğunu görür, içeriklerini asla göremez.
staff-inbox-received = Alınma tarihi: { $date }
staff-done-status-changed = Durum kaydedildi.
staff-contact-heading = İletişim talebi { $reference }
staff-contact-name = Hitap edilecek ad
staff-contact-method = Nasıl iletişime geçilecek
staff-contact-message = Mesaj
staff-contact-safe-times = Güvenli zamanlar
staff-contact-help = İstenen yardım
staff-contact-interpreter = Tercüman
staff-contact-language = Formun dili
staff-contact-status = Durum
staff-contact-status-new = Yeni
staff-contact-status-contacting = Ulaşılmaya çalışılıyor
staff-contact-status-engaged = İletişim kuruldu
staff-contact-status-helped = Yardım edildi
staff-contact-status-declined = Geri çevrildi
staff-contact-status-closed = Kapatıldı
staff-mail-new-request-subject = Yeni iletişim talebi
staff-mail-new-request-body = Biri, kuruluşunuzun hizmetlerinden birinin kendisiyle iletişime geçmesini istedi. Talebi okumak için oturum açın:

    { $link }

    Bu kişinin güvenliği için bu e-postada kendisi hakkında hiçbir bilgi yer almıyor.
staff-contact-timeline = Geçmiş
staff-contact-timeline-entry = { $date }: { $email } durumu “{ $status }” olarak değiştirdi
staff-membership-remove = Kaldır
staff-membership-remove-label = { $organization } kuruluşundan kaldır

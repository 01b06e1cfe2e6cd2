# Vaka görevlilerinin yaptığı yönlendirmeler ve bir hizmet sağlayıcının gelen kutusunda iletişim talepleriyle yönlendirmelerin ortak yönleri:
# atama, kurum içi notlar, geçmiş ve bunlarla ilgili e-postalar (hiçbir zaman kişisel bilgi içermez).

## Yönlendirme formu
referral-client-heading = Danışan
referral-name-label = Hizmetin danışana hitap ederken kullanabileceği bir ad
referral-name-hint = Yalnızca ilk ad, baş harfler ya da bir takma ad yeterlidir.
referral-method-legend = Hizmet danışanla nasıl iletişime geçmeli?
referral-method-phone = Telefonla arama
referral-method-text = Kısa mesaj (SMS)
referral-method-email = E-posta
referral-method-none = Benim aracılığımla (vaka görevlisi)
referral-detail-label = Danışanın telefon numarası ya da e-posta adresi
referral-safe-times-label = Danışanla ne zaman güvenle iletişime geçilebilir? (isteğe bağlı)
referral-message-legend = Hizmet mesaj bırakabilir mi?
referral-message-yes = Evet, mesaj bırakılabilir
referral-message-no = Hayır, hiçbir zaman mesaj bırakılmamalı
referral-language-label = Danışanın dili
referral-interpreter-label = Tercüman gerekli (dil bunlardan biri değilse dili yazın)
referral-need-heading = Danışanın ihtiyaçları
referral-help-label = Danışanın nasıl bir yardıma ihtiyacı var?
referral-risk-label = Hizmetin bilmesi gereken riskler
referral-risk-hint = Örneğin risk değerlendirmesi düzeyi, bir MARAC yönlendirmesi ya da zarar veren kişinin danışanın telefonunu görüp göremediği.
referral-urgency-legend = Aciliyet
referral-urgency-routine = Rutin
referral-urgency-soon = Yakında: bir hafta içinde
referral-urgency-urgent = Acil: bir iş günü içinde
referral-consent-heading = Onam
referral-consent-label = Danışan bu yönlendirmeye onam verdi (ya da onun adına onam vermeye yetkili biri verdi).
referral-consent-by-legend = Onamı kim verdi?
referral-consent-by-client = Danışan
referral-consent-by-parent-or-carer = Bir ebeveyn ya da bakım veren kişi (çocuk için)
referral-consent-by-legal-authority = Danışan adına hareket etmeye yasal olarak yetkili biri
referral-consent-on-label = Onamın verildiği tarih
referral-shares-legend = Onam, şunları paylaşmama izin veriyor
referral-share-contact-details = danışanın iletişim bilgileri
referral-share-situation = ne olduğu ve ihtiyaç duyulan yardım
referral-share-risk = risklerle ilgili bilgiler
referral-notes-label = Hizmetin bilmesi gereken başka bir şey (isteğe bağlı)
referral-send = Yönlendirmeyi gönder

## Formdaki sorunlar
referral-error-name = Lütfen hizmetin danışana hitap ederken kullanabileceği bir ad yazın (en fazla 100 karakter).
referral-error-method = Lütfen hizmetin danışanla nasıl iletişime geçeceğini seçin.
referral-error-message = Lütfen hizmetin mesaj bırakıp bırakamayacağını belirtin.
referral-error-urgency = Lütfen yönlendirmenin ne kadar acil olduğunu seçin.
referral-error-consent = Yönlendirme için onam gerekir: lütfen onamın verildiğini onaylayın.
referral-error-consent-by = Lütfen onamı kimin verdiğini belirtin.
referral-error-consent-date = Lütfen onamın verildiği tarihi, gelecekte olmayan geçerli bir tarih olarak yazın.
referral-error-share-contact = Onam iletişim bilgilerini kapsamıyor: "Benim aracılığımla (vaka görevlisi)" seçeneğini seçin ya da danışan kabul ettiyse iletişim bilgilerini işaretleyin.
referral-error-share-situation = Onam ne olduğunu kapsamıyor: ihtiyaç duyulan yardım alanını boş bırakın ya da danışan kabul ettiyse bunu işaretleyin.
referral-error-share-risk = Onam riskleri kapsamıyor: riskler alanını boş bırakın ya da danışan kabul ettiyse bunları işaretleyin.
referral-error-decline-reason = Lütfen yönlendirmenin neden geri çevrildiğini seçin.

## Durumlar ve gerekçeler
referral-status-sent = Gönderildi
referral-status-received = Alındı
referral-status-accepted = Kabul edildi
referral-status-contacting = Ulaşılmaya çalışılıyor
referral-status-engaged = İletişim kuruldu
referral-status-helped = Yardım edildi
referral-status-declined = Geri çevrildi
referral-status-closed = Kapatıldı
referral-reason-not-eligible = koşulları karşılamıyor
referral-reason-no-capacity = kapasite yok
referral-reason-could-not-contact = iletişim kurulamadı
referral-reason-no-longer-wanted = artık istenmiyor

## Vaka görevlilerinin sayfaları
staff-nav-referrals = Yönlendirmelerim
staff-nav-refer = Danışan yönlendir
staff-referrals-title = Yönlendirmelerim
staff-referrals-new = Danışan yönlendir
staff-referrals-none = Henüz hiç yönlendirme göndermediniz.
staff-referral-updated = Son değişiklik: { $date }
staff-referral-news = Son baktığınızdan bu yana güncellendi
staff-referral-find-title = Yönlendirme yapılacak bir hizmet bulun
staff-referral-find-label = Hizmeti ya da ihtiyaç duyulan yardımı anlatan kelimeler
staff-referral-find-button = Ara
staff-referral-find-none = Bu kelimelerle eşleşen bir kayıt yok. Başka kelimeler deneyin.
staff-referral-listing = Kaydı görüntüle
staff-referral-refer = Danışanı buraya yönlendir
staff-referral-new-title = Danışanı şu hizmete yönlendirin: { $service }
staff-referral-not-receivable = Bu hizmet henüz portal üzerinden yönlendirme kabul etmiyor. Lütfen kayıtlarında belirtildiği şekilde kendileriyle iletişime geçin.
staff-referral-heading = Yönlendirme { $reference }
staff-referral-service = Hizmet
staff-referral-referrer = Yönlendiren
staff-referral-sent = Gönderilme tarihi
staff-referral-consent = Onamı veren: { $who }, tarih: { $date }; paylaşılabilecekler: { $shares }
staff-referral-withdraw = Yönlendirmeyi geri çek
staff-referral-withdraw-hint = Danışanın artık bu hizmete ihtiyacı yoksa yönlendirmeyi geri çekin: hizmete bilgi verilir ve yönlendirme kapatılır.
staff-referral-from = Gönderen: { $email }, { $date }
staff-referral-reason-label = Gerekçe (geri çevrildiyse)
staff-referral-reason-hint = Yalnızca yönlendirmeyi geri çevirdiğinizde gereklidir.

## Hizmet sağlayıcıların gelen kutusu
staff-inbox-requests = İletişim talepleri
staff-inbox-referrals = Yönlendirmeler
staff-inbox-no-referrals = Henüz yönlendirme yok.
staff-assigned-to = Atanan kişi: { $email }
staff-assign-heading = Atanan kişi
staff-assign-label = Bununla ilgilenen meslektaş
staff-assign-nobody = Henüz kimse
staff-assign = Ata
staff-notes-title = Kurum içi notlar
staff-notes-private = Bu notları yalnızca kuruluşunuz okuyabilir. Vaka görevlisi ve danışan okuyamaz.
staff-notes-none = Henüz not yok.
staff-note-label = Yeni not
staff-note-hint = En fazla 2.000 karakter.
staff-note-add = Notu ekle
staff-note-meta = { $date }, { $email }
staff-error-note-empty = Not boş. Lütfen bir şey yazın ya da geri dönün.
staff-error-note-long = Not 2.000 karakterden uzun. Lütfen kısaltın.
staff-back = Geri
staff-timeline-someone = biri
staff-timeline-assigned = { $date }: { $email } atamayı şu kişiye yaptı: { $assignee }
staff-timeline-unassigned = { $date }: { $email } atamayı kaldırdı
staff-done-assigned = Atama kaydedildi.
staff-done-note-added = Not kaydedildi.
staff-done-referral-sent = Yönlendirme gönderildi. Hizmet yönlendirmeyi güncellediğinde size e-posta gönderilecek.
staff-done-referral-withdrawn = Yönlendirme geri çekildi.

## E-postalar: oturum açma bağlantısı içerir, kişi hakkında asla bilgi içermez
staff-mail-new-referral-subject = Yeni yönlendirme
staff-mail-new-referral-body = Bir vaka görevlisi, kuruluşunuzun hizmetlerinden birine bir kişiyi yönlendirdi. Yönlendirmeyi okumak için oturum açın:

    { $link }
staff-mail-referral-update-subject = Bir yönlendirmede değişiklik oldu
staff-mail-referral-update-body = Bir yönlendirmede güncelleme var. Görmek için oturum açın:

    { $link }
staff-mail-assigned-subject = Size bir iş atandı
staff-mail-assigned-body = Bir meslektaşınız, kuruluşunuzun gelen kutusundaki bir öğeyi size atadı. Görmek için oturum açın:

    { $link }

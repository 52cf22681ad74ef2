package nl.leercultuur.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The administrator's pages' texts, in Dutch; English in messages/adm_en.properties. */
@MessageBundle(value = "adm", locale = "nl")
public interface AdminMessages {

    // --- overview ---
    @Message("Beheer") String title();
    @Message("Hier beheer je wat alle organisaties in de regio delen: het register van organisaties en de vragenlijsten (instrumenten) waarmee zij scans uitzetten.") String lead();
    @Message("Organisaties") String orgs_title();
    @Message("Voeg organisaties toe aan het regionale register, wijzig hun naam of gegevens, of zet een organisatie op inactief.") String orgs_text();
    @Message("Naar de organisaties") String orgs_link();
    @Message("Instrumenten") String instruments_title();
    @Message("Bekijk de vragenlijsten en hun versies, lees de vragen zoals deelnemers ze zien en publiceer een nieuwe versie.") String instruments_text();
    @Message("Naar de instrumenten") String instruments_link();
    @Message("Kruimelpad") String breadcrumb();

    // --- organisations: list ---
    @Message("{total} organisaties") String orgs_count(long total);
    @Message("Eén organisatie") String orgs_count_one();
    @Message("Geen organisaties gevonden") String orgs_none();
    @Message("Er is geen organisatie die past bij je zoekopdracht. Pas de naam of het filter aan.") String orgs_none_filtered();
    @Message("Er staan nog geen organisaties in het register. Voeg de eerste toe.") String orgs_none_at_all();
    @Message("Zoek op naam") String search_label();
    @Message("Status") String status_filter();
    @Message("Alle") String status_all();
    @Message("Alleen actieve") String status_active_only();
    @Message("Alleen inactieve") String status_inactive_only();
    @Message("Zoeken") String search_submit();
    @Message("Organisatie toevoegen") String org_add();
    @Message("Organisaties in het register") String orgs_caption();
    @Message("Naam") String col_name();
    @Message("Sector") String col_sector();
    @Message("Regio") String col_region();
    @Message("Grootte") String col_size();
    @Message("Status") String col_status();
    @Message("Actief") String active();
    @Message("Inactief") String inactive();
    @Message("Paginering") String pager_label();

    // sectors and sizes: the API's values, as people say them
    @Message("{#when sector}{#is 'hospital'}Ziekenhuis{#is 'elderly-care'}Ouderenzorg{#is 'mental-health'}Geestelijke gezondheidszorg (ggz){#is 'disability-care'}Gehandicaptenzorg{#is 'youth-care'}Jeugdzorg{#is 'public-health'}Publieke gezondheid{#is 'education'}Onderwijs{#is 'other'}Anders{#else}{sector}{/when}")
    String sector(String sector);
    @Message("{#when size}{#is 'small'}Klein{#is 'medium'}Middelgroot{#is 'large'}Groot{#else}{size}{/when}")
    String size(String size);

    // --- organisations: add and edit ---
    @Message("Organisatie toevoegen") String add_title();
    @Message("Een organisatie in het register kan scans uitzetten, meedoen in leernetwerken en in de catalogus genoemd worden.") String add_lead();
    @Message("Naam") String name_label();
    @Message("Zoals iedereen de organisatie kent, bijvoorbeeld Maasstad Ziekenhuis.") String name_hint();
    @Message("Code") String id_label();
    @Message("Vaste korte code in adressen en koppelingen: kleine letters, cijfers en streepjes. Laat leeg om hem uit de naam te maken. Kan later niet meer veranderen.") String id_hint();
    @Message("Sector") String sector_label();
    @Message("Kies een sector") String sector_choose();
    @Message("Regio") String region_label();
    @Message("Bijvoorbeeld Rotterdam-Rijnmond.") String region_hint();
    @Message("Grootte") String size_label();
    @Message("Toevoegen") String add_submit();
    @Message("Annuleren") String cancel();
    @Message("Opslaan") String save();

    @Message("{#when field}{#is 'name'}Naam{#is 'id'}Code{#is 'sector'}Sector{#is 'region'}Regio{#is 'sizeClass'}Grootte{#else}{field}{/when}")
    String field(String field);
    @Message("Vul dit veld in.") String error_required();
    @Message("Kies een van de mogelijkheden.") String error_choice();
    @Message("Gebruik alleen kleine letters, cijfers en streepjes (2 tot 63 tekens), en begin met een letter of cijfer.") String error_id_format();
    @Message("Uit deze naam is geen code te maken. Vul zelf een code in.") String error_id_derive();
    @Message("Deze code is gereserveerd. Kies een andere.") String error_id_reserved();
    @Message("Dit is te lang: ten hoogste {max} tekens.") String error_too_long(int max);
    @Message("Er is al een organisatie met deze naam. Kies een andere naam.") String error_name_taken();
    @Message("De code {id} is al in gebruik. Vul een andere code in.") String error_id_taken(String id);

    // --- organisations: one ---
    @Message("Gegevens") String facts_title();
    @Message("Code") String fact_id();
    @Message("Laatst gewijzigd") String fact_updated();
    @Message("Wijzigen") String edit_title();
    @Message("De code ({id}) blijft hetzelfde; scans, leernetwerken en resultaten blijven bij deze organisatie horen.") String edit_hint(String id);
    @Message("Organisatie toegevoegd.") String added_notice();
    @Message("Wijzigingen opgeslagen.") String saved_notice();
    @Message("De organisatie is nu inactief.") String deactivated_notice();
    @Message("De organisatie is weer actief.") String activated_notice();
    @Message("Iemand anders heeft deze organisatie intussen gewijzigd. Hieronder staan de huidige gegevens; breng je wijziging opnieuw aan.") String stale_notice();
    @Message("Actief of inactief") String lifecycle_title();
    @Message("Deze organisatie is actief: ze kan scans uitzetten en in de catalogus genoemd worden.") String lifecycle_active_text();
    @Message("Deze organisatie is inactief: er kunnen geen nieuwe scans voor worden uitgezet en de catalogus kan haar niet meer noemen. Wat er al was, blijft bewaard.") String lifecycle_inactive_text();
    @Message("Op inactief zetten") String deactivate();
    @Message("Weer actief maken") String activate();
    @Message("Naar de lijst") String back_to_list();

    // --- organisations: the confirmation ---
    @Message("{name} op inactief zetten?") String confirm_deactivate_title(String name);
    @Message("Als je deze organisatie op inactief zet:") String confirm_deactivate_intro();
    @Message("kunnen er geen nieuwe scans meer voor worden uitgezet;") String confirm_deactivate_scans();
    @Message("kan de catalogus haar niet meer als organisatie van een goed voorbeeld noemen;") String confirm_deactivate_catalogue();
    @Message("blijven eerdere scans, resultaten en deelname aan leernetwerken bewaard.") String confirm_deactivate_kept();
    @Message("Je kunt de organisatie later weer actief maken.") String confirm_deactivate_undo();
    @Message("Ja, op inactief zetten") String confirm_deactivate_submit();

    // --- instruments: list ---
    @Message("{total} instrumenten") String instruments_count(long total);
    @Message("Instrumenten in de bibliotheek") String instruments_caption();
    @Message("Soort") String col_kind();
    @Message("Gepubliceerd") String col_published();
    @Message("Inhoud") String col_content();
    @Message("Talen") String col_languages();
    @Message("Ingebouwd") String builtin();
    @Message("Eigen") String custom();
    @Message("versie {version}") String version_n(int version);
    @Message("Nog niet gepubliceerd") String not_published();
    @Message("{dimensions} onderdelen, {items} vragen") String content_counts(int dimensions, int items);
    @Message("Er staan nog geen instrumenten in de bibliotheek.") String instruments_none();

    // --- instruments: one ---
    @Message("Over dit instrument") String about_title();
    @Message("Meet") String fact_measures();
    @Message("Voor wie") String fact_audience();
    @Message("Gebaseerd op") String fact_source();
    @Message("Soort") String fact_kind();
    @Message("Talen") String fact_languages();
    @Message("Versies") String versions_title();
    @Message("Versies van dit instrument") String versions_caption();
    @Message("Versie") String col_version();
    @Message("Aangemaakt") String col_created();
    @Message("Acties") String col_actions();
    @Message("{#when status}{#is 'DRAFT'}Concept{#is 'PUBLISHED'}Gepubliceerd{#is 'RETIRED'}Ingetrokken{#else}{status}{/when}")
    String status(String status);
    @Message("Bekijk versie {version}") String view_version(int version);
    @Message("Deze versie wordt getoond") String shown_version();
    @Message("Versie {version} publiceren") String publish_version(int version);
    @Message("Versie {version} intrekken") String retire_version(int version);
    @Message("Een concept wordt pas gebruikt als het gepubliceerd is. Een gepubliceerde versie verandert nooit meer; nieuwe scans gebruiken de nieuwste gepubliceerde versie.") String lifecycle_hint();
    @Message("Nieuw concept") String draft_title();
    @Message("Maak een conceptversie als kopie van versie {version}, om die als nieuwe versie te kunnen publiceren.") String draft_text(int version);
    @Message("Concept maken van versie {version}") String draft_submit(int version);
    @Message("Er is al een concept (versie {version}). Publiceer dat eerst of werk het bij voordat je een nieuw concept maakt.") String draft_exists(int version);
    @Message("Conceptversie {version} is gemaakt.") String draft_made(int version);
    @Message("Versie {version} is gepubliceerd. Nieuwe scans gebruiken vanaf nu deze versie.") String published_notice(int version);
    @Message("Versie {version} is ingetrokken.") String retired_notice(int version);
    @Message("Dat kan niet meer: versie {version} staat inmiddels op „{status}”. De versies hieronder zijn bijgewerkt.") String status_conflict(int version, String status);
    @Message("Dat kan niet: {detail}") String conflict_detail(String detail);
    @Message("Vragen van versie {version}") String content_title(int version);
    @Message("Zoals deelnemers de vragen zien, per onderdeel.") String content_lead();
    @Message("Taal van de vragen") String content_language();
    @Message("Dit instrument heeft nog geen inhoud om te tonen.") String content_none();
    @Message("{#when lang}{#is 'nl'}Nederlands{#is 'en'}Engels{#else}{lang}{/when}") String language(String lang);
    @Message("Onderdeel {n}:") String part_n(int n);
    @Message("Toont cijfers pas vanaf {n} deelnemers.") String min_respondents(int n);
    @Message("Open antwoord (tekst)") String open_answer();
    @Message("Ja") String yes();
    @Message("Nee") String no();
    @Message("niet verplicht") String optional();
    @Message("telt omgekeerd mee") String reverse();
    @Message("geen Engelse tekst; deelnemers zien de Nederlandse") String no_translation();
    @Message("{#when type}{#is 'LIKERT'}Stelling{#is 'FREQUENCY'}Hoe vaak{#is 'YES_NO'}Ja of nee{#is 'SINGLE_CHOICE'}Eén keuze{#is 'OPEN_TEXT'}Open vraag{#else}{type}{/when}")
    String item_type(String type);

    // --- instruments: the status change ---
    @Message("Versie {version} van {name} publiceren?") String confirm_publish_title(int version, String name);
    @Message("Na het publiceren kan deze versie niet meer veranderen. Nieuwe scans met dit instrument gebruiken dan deze versie; scans die al lopen houden hun eigen versie.") String confirm_publish_text();
    @Message("Ja, publiceren") String confirm_publish_submit();
    @Message("Versie {version} van {name} intrekken?") String confirm_retire_title(int version, String name);
    @Message("Een ingetrokken versie kan niet meer voor nieuwe scans worden gekozen en ook niet opnieuw worden gepubliceerd. Scans die haar al gebruiken en hun resultaten blijven bestaan.") String confirm_retire_text();
    @Message("Ja, intrekken") String confirm_retire_submit();
}

package nl.leercultuur.web.shell;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The frame's and the start page's texts, in Dutch; English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "nl")
public interface AppMessages {

    @Message("Leercultuur") String app_name();
    @Message("Naar de inhoud") String skip();
    @Message("Hoofdmenu") String nav_label();
    @Message("Wat helpt") String nav_catalogue();
    @Message("Scans") String nav_scans();
    @Message("Leernetwerken") String nav_networks();
    @Message("Beheer") String nav_admin();
    @Message("Inloggen") String sign_in();
    @Message("Uitloggen") String sign_out();
    @Message("Ingelogd als {name}") String signed_in_as(String name);
    @Message("Taal") String language();
    @Message("Leercultuur is van en voor de zorgorganisaties in de regio. Antwoorden op een scan zijn anoniem.") String footer();

    @Message("Samen werken aan een lerende cultuur") String home_title();
    @Message("Meet hoe er in je team geleerd wordt, zie waar je organisatie staat en vind wat helpt om te verbeteren.") String home_lead();
    @Message("Heb je een code gekregen?") String home_code_title();
    @Message("Vul de code in van je uitnodiging of briefje om de vragenlijst te beantwoorden. Je antwoorden zijn anoniem.") String home_code_text();
    @Message("Je code") String home_code_label();
    @Message("Bijvoorbeeld K7QW-3MZX-9HTD") String home_code_hint();
    @Message("Naar de vragenlijst") String home_code_submit();
    @Message("Wat helpt?") String home_catalogue_title();
    @Message("Zoek in de catalogus naar instrumenten, werkvormen en goede voorbeelden uit de regio.") String home_catalogue_text();
    @Message("Zoek in de catalogus") String home_catalogue_link();
    @Message("Mijn organisatie") String home_scans_title();
    @Message("Zet een scan uit, volg de respons en bekijk de uitkomsten.") String home_scans_text();
    @Message("Naar de scans") String home_scans_link();
    @Message("Leernetwerken") String home_networks_title();
    @Message("Bijeenkomsten, ideeën, reflecties en je eigen casus.") String home_networks_text();
    @Message("Naar mijn netwerken") String home_networks_link();
    @Message("Log in om de scans van je organisatie en je leernetwerken te zien.") String home_sign_in_text();

    @Message("Niet gevonden") String error_404_title();
    @Message("Deze pagina of dit onderdeel bestaat niet (meer), of je mag het niet zien.") String error_404_text();
    @Message("Geen toegang") String error_403_title();
    @Message("Je bent ingelogd, maar je rol geeft geen toegang tot deze pagina.") String error_403_text();
    @Message("Even te druk") String error_429_title();
    @Message("Er komen nu te veel verzoeken binnen. Probeer het over {seconds} seconden opnieuw.") String error_429_text(long seconds);
    @Message("Tijdelijk niet beschikbaar") String error_503_title();
    @Message("Dit deel van Leercultuur is even niet bereikbaar. Probeer het over een minuut opnieuw; er is niets verloren gegaan.") String error_503_text();
    @Message("Er ging iets mis") String error_title();
    @Message("Dit verzoek kon niet worden uitgevoerd.") String error_text();
    @Message("Kenmerk voor de helpdesk: {id}") String error_reference(String id);
    @Message("Naar de startpagina") String to_home();
    @Message("Controleer de gemarkeerde velden.") String form_errors();
    @Message("Vorige") String previous();
    @Message("Volgende") String next();
    @Message("Pagina {page} van {pages}") String page_of(int page, int pages);
}

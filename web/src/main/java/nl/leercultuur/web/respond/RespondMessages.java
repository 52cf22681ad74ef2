package nl.leercultuur.web.respond;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Answering's texts, in Dutch; English in messages/respond_en.properties. */
@MessageBundle(value = "respond", locale = "nl")
public interface RespondMessages {

    @Message("Vragenlijst beantwoorden") String enter_title();
    @Message("Vul de code in die je hebt gekregen, op papier of in een bericht.") String enter_text();
    @Message("Je code") String code_label();
    @Message("Twaalf letters en cijfers, bijvoorbeeld K7QW-3MZX-9HTD. Hoofdletters en streepjes mogen ook weg.") String code_hint();
    @Message("Dit is geen geldige code: een code heeft twaalf letters en cijfers, zoals K7QW-3MZX-9HTD.") String code_malformed();
    @Message("Naar de vragenlijst") String go();

    @Message("Voor {unit} van {organisation}") String for_unit(String unit, String organisation);
    @Message("Voor {organisation}") String for_organisation(String organisation);
    @Message("Je kunt antwoorden tot {date}.") String open_until(String date);
    @Message("Je antwoorden zijn anoniem") String anonymity_title();
    @Message("Niemand kan zien wat jij hebt geantwoord: je code wordt niet bij je antwoorden bewaard, en uitkomsten worden pas getoond als genoeg collega's hebben geantwoord.") String anonymity_text();
    @Message("Er zijn {steps} korte onderdelen. Je kunt tussendoor stoppen en later met dezelfde link verder gaan.") String how_long(int steps);
    @Message("Beginnen") String begin();
    @Message("Verder waar je was") String resume();
    @Message("Je antwoorden van eerder zijn bewaard.") String resumed_text();

    @Message("Onderdeel {step} van {steps}") String step_of(int step, int steps);
    @Message("Voortgang") String progress();
    @Message("Verplicht") String required();
    @Message("Je antwoord") String your_answer();
    @Message("Ja") String yes();
    @Message("Nee") String no();
    @Message("Beantwoord deze vraag.") String answer_required();
    @Message("Niet alle vragen zijn goed ingevuld. Kijk bij de gemarkeerde vragen.") String fix_errors();
    @Message("Vorige") String back();
    @Message("Volgende") String next();
    @Message("Opslaan en later verder") String save();
    @Message("Versturen") String submit();

    @Message("Opgeslagen") String saved_title();
    @Message("Je antwoorden zijn bewaard. Open dezelfde link of vul je code opnieuw in om verder te gaan, zolang de vragenlijst openstaat.") String saved_text();
    @Message("Verder met de vragenlijst") String saved_continue();

    @Message("Bedankt!") String thanks_title();
    @Message("Je antwoorden zijn ontvangen. Ze tellen anoniem mee in de uitkomsten van je team.") String thanks_text();
    @Message("Je kunt deze pagina sluiten.") String thanks_close();

    @Message("Deze code kennen we niet") String unknown_title();
    @Message("Controleer of je de code goed hebt overgenomen. Klopt hij wel? Vraag dan degene die de scan uitzette om een nieuwe code.") String unknown_text();
    @Message("Deze code is al gebruikt") String used_title();
    @Message("Met deze code zijn de antwoorden al verstuurd; dat kan maar één keer. Heb je zelf nog niet geantwoord? Vraag dan om een nieuwe code.") String used_text();
    @Message("Deze code is ingetrokken") String revoked_title();
    @Message("De organisator heeft deze code ingetrokken. Vraag om een nieuwe code als je wilt meedoen.") String revoked_text();
    @Message("Deze vragenlijst staat niet open") String closed_title();
    @Message("De scan is gesloten of nog niet geopend. Antwoorden kan alleen zolang de scan openstaat.") String closed_text();
    @Message("Even te druk") String busy_title();
    @Message("Er worden nu veel antwoorden tegelijk verstuurd. Wacht {seconds} seconden en verstuur opnieuw; je antwoorden staan nog klaar.") String rate_limited(long seconds);
    @Message("Andere code invullen") String other_code();
}

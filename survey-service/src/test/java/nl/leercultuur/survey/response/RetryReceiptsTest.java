package nl.leercultuur.survey.response;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RetryReceiptsTest {

    static List<AnswerValidator.StoredAnswer> answers(int score, String text) {
        return List.of(new AnswerValidator.StoredAnswer("ps-1", "psychological-safety", BigDecimal.valueOf(score), score >= 6, null, null),
                new AnswerValidator.StoredAnswer("open-1", null, null, null, null, text));
    }

    @Test
    void theSameAnswersUnderTheSameCodeGiveTheSameReceipt() {
        assertEquals(RetryReceipts.of("ABCD-EFGH-JKLM", answers(5, "goed")), RetryReceipts.of("ABCD-EFGH-JKLM", answers(5, "goed")));
    }

    @Test
    void anotherCodeOrOtherAnswersGiveAnother() {
        String receipt = RetryReceipts.of("ABCD-EFGH-JKLM", answers(5, "goed"));
        assertNotEquals(receipt, RetryReceipts.of("ABCD-EFGH-JKLN", answers(5, "goed")));
        assertNotEquals(receipt, RetryReceipts.of("ABCD-EFGH-JKLM", answers(4, "goed")));
        assertNotEquals(receipt, RetryReceipts.of("ABCD-EFGH-JKLM", answers(5, "goed ")));
        assertFalse(receipt.contains("goed"));
    }
}

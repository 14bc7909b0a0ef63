package app.jointly.vote;

import app.jointly.shared.InvalidInputException;

/** A supermajority threshold such as 2/3: more than a half, at most all, small denominators. */
public record Fraction(int numerator, int denominator) {

    public static final Fraction TWO_THIRDS = new Fraction(2, 3);

    public Fraction {
        if (denominator < 1 || denominator > 100 || numerator < 1 || numerator > denominator
                || numerator * 2 <= denominator) {
            throw new InvalidInputException("invalid-fraction",
                    "A supermajority is a fraction above 1/2 and at most 1, with a denominator up to 100 (e.g. 2/3).");
        }
    }

    /** @param text like "2/3" */
    public static Fraction parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Fraction(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid-fraction", "A supermajority is written like 2/3.");
        }
        throw new InvalidInputException("invalid-fraction", "A supermajority is written like 2/3.");
    }

    /** @return whether yes is at least this fraction of yes plus no */
    public boolean reachedBy(long yes, long no) {
        return yes + no > 0 && yes * denominator >= (long) numerator * (yes + no);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}

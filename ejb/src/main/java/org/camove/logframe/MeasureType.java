package org.camove.logframe;

/** How an indicator's value is expressed. */
public enum MeasureType {
    NUMBER,
    /** Stored as numerator and denominator, never as a typed percentage. */
    PERCENTAGE,
    /** A milestone reached or not. */
    YES_NO,
    /** Text, optionally with a score on a defined scale. */
    QUALITATIVE
}

package org.diplograph.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** PETRARCH-2's unit-test records: a dated sentence, its category and the events it must give. */
record UnitRecords(List<UnitRecords.Record> records) {

    /** An expected event: PETRARCH actor codes and the event code. */
    record Expected(String source, String target, String code) {
    }

    record Record(String id, String category, LocalDate date, String text, List<Expected> events) {

        boolean expectsNone() {
            return events.isEmpty();
        }
    }

    static UnitRecords read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setExpandEntityReferences(false);
            Document doc = f.newDocumentBuilder().parse(in);
            NodeList sentences = doc.getElementsByTagName("Sentence");
            List<Record> out = new ArrayList<>();
            for (int i = 0; i < sentences.getLength(); i++) {
                Element s = (Element) sentences.item(i);
                String text = s.getElementsByTagName("Text").item(0).getTextContent().strip().replaceAll("\\s+", " ");
                String date = s.getAttribute("date");
                List<Expected> events = new ArrayList<>();
                NodeList codings = s.getElementsByTagName("EventCoding");
                for (int k = 0; k < codings.getLength(); k++) {
                    Element e = (Element) codings.item(k);
                    if (!e.getAttribute("eventcode").isEmpty()) {
                        events.add(new Expected(e.getAttribute("sourcecode"), e.getAttribute("targetcode"),
                                e.getAttribute("eventcode")));
                    }
                }
                LocalDate day = date.length() == 8 ? LocalDate.of(Integer.parseInt(date.substring(0, 4)),
                        Integer.parseInt(date.substring(4, 6)), Integer.parseInt(date.substring(6))) : null;
                out.add(new Record(s.getAttribute("id"), s.getAttribute("category"), day, text, List.copyOf(events)));
            }
            return new UnitRecords(List.copyOf(out));
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

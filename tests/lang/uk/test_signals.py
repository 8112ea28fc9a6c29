"""Ukrainian signal phrases: positives, negations, questions, hedging and near-misses."""
import string

import pytest

from popcheck.lang import get_pack
from popcheck.signals.probe import signals

LANGUAGE = "uk"

POSITIVES = [
    # defer.boss: formal, colloquial, inverted word order and unpunctuated speech-to-text
    ("Це мені треба спершу погодити з директором.", "defer.boss"),
    ("Я маю обговорити це зі своїм керівником.", "defer.boss"),
    ("зрештою вирішує власник", "defer.boss"),
    ("Мій бос має це ще затвердити.", "defer.boss"),
    ("Ми чекаємо на погодження від керівництва.", "defer.boss"),
    ("я не знаю мені треба спершу порадитися з шефом", "defer.boss"),
    ("Такі питання у нас вирішуються на рівні керівництва.", "defer.boss"),
    ("остаточне рішення все одно за керівництвом", "defer.boss"),
    ("Ольга підписує такі закупівлі.", "defer.boss"),
    # defer.relay
    ("Надішліть презентацію, я перешлю її директору.", "defer.relay"),
    ("Я передам це керівництву.", "defer.relay"),
    ("винесу це на нараду в понеділок", "defer.relay"),
    ("скиньте мені на пошту я перекину керівнику", "defer.relay"),
    # mandate.none
    ("Чесно кажучи, це не моє рішення.", "mandate.none"),
    ("Це не мені вирішувати.", "mandate.none"),
    ("я не можу вирішити це сам", "mandate.none"),
    ("Це вище моїх повноважень.", "mandate.none"),
    ("У мене немає права підпису.", "mandate.none"),
    ("від мене мало що залежить", "mandate.none"),
    # task.assigned
    ("Мене попросили зібрати три комерційні пропозиції.", "task.assigned"),
    ("Директор доручив мені порівняти ціни.", "task.assigned"),
    ("мені сказали знайти кількох постачальників", "task.assigned"),
    ("Моє завдання — зібрати інформацію.", "task.assigned"),
    # choice.made
    ("Директор уже вибрав постачальника.", "choice.made"),
    ("Рішення вже по суті ухвалене.", "choice.made"),
    ("У керівництва вже є свій постачальник.", "choice.made"),
    # access.none
    ("До нього дуже важко достукатися.", "access.none"),
    ("Директор постійно у відрядженнях.", "access.none"),
    ("директор ніколи не бере трубку", "access.none"),
    # vague.answer
    ("Я не знаю, який у нас бюджет.", "vague.answer"),
    ("Важко сказати.", "vague.answer"),
    ("Ну, я не знаю…", "vague.answer"),
    ("поживемо побачимо", "vague.answer"),
    # stall.soft
    ("Давайте залишатися на зв'язку.", "stall.soft"),
    ("Надішліть мені якісь матеріали на пошту.", "stall.soft"),
    ("Може, в наступному кварталі, я дам вам знати.", "stall.soft"),
    ("зараз не на часі", "stall.soft"),
    # own.budget
    ("Це з мого бюджету.", "own.budget"),
    ("Я розпоряджаюся бюджетом на цей проєкт.", "own.budget"),
    ("я заклав на це двісті тисяч гривень", "own.budget"),
    ("Бюджет у мене.", "own.budget"),
    # own.decision
    ("Це моє рішення.", "own.decision"),
    ("Я вирішую сам.", "own.decision"),
    ("вирішую тут я", "own.decision"),
    ("Останнє слово за мною.", "own.decision"),
    ("Мені не потрібно ні з ким це погоджувати.", "own.decision"),
    # set.terms
    ("Нам треба запуститися до березня.", "set.terms"),
    ("Якщо зможете поставити у квітні, контракт ваш.", "set.terms"),
    ("У мене три жорсткі вимоги.", "set.terms"),
    # commit.dated
    ("Давайте підпишемо в п'ятницю.", "commit.dated"),
    ("пілот запустимо 12 травня", "commit.dated"),
    ("Наступного тижня починаємо.", "commit.dated"),
    # refuse.clear
    ("Ні, ми не будемо це купувати.", "refuse.clear"),
    ("Ми не зацікавлені.", "refuse.clear"),
    ("Це не для нас.", "refuse.clear"),
    # business.pain (counts in questions too)
    ("Простої коштують нам близько сорока тисяч щомісяця.", "business.pain"),
    ("Як це вплине на нашу маржу?", "business.pain"),
    ("ми щотижня втрачаємо клієнтів через ці затримки", "business.pain"),
    # lead.meeting
    ("Отже, давайте почнемо.", "lead.meeting"),
    ("Підсумовуючи: ми домовилися, що Анна готує план.", "lead.meeting"),
]

NOTES_POSITIVES = [
    # avoidance shows in a rep's notes; pronouns are swapped so the contact speaks as "я"
    ("Він не дивився мені в очі.", "avoidance"),
    ("Вона весь час поглядала на телефон.", "avoidance"),
    ("Він уникав мого погляду, коли я спитав про бюджет.", "avoidance"),
    ("Він сказав, що все вирішує його директор.", "defer.boss"),
    ("Вона сама вирішує щодо закупівлі.", "own.decision"),
    ("У нього є бюджет, і він підписує рахунки.", "own.budget"),
    ("Він сказав, що в нього немає повноважень.", "mandate.none"),
]

NEGATIVES = [
    # negation: owning the decision is not deferring
    ("Мені не потрібно ні в кого питати дозволу.", "defer.boss"),
    ("Мені не треба погоджувати це з директором.", "defer.boss"),
    ("Мені не потрібен дозвіл керівництва.", "defer.boss"),
    # questions say nothing about the speaker
    ("Хто у вас ухвалює рішення?", "defer.boss"),
    ("Вам потрібне погодження директора?", "defer.boss"),
    ("чи потрібно вам погоджувати це з керівництвом", "defer.boss"),
    ("Це ваше рішення?", "own.decision"),
    # hedging alone is no signal
    ("Дайте мені подумати до вихідних.", "stall.soft"),
    ("Мені треба подумати.", "defer.boss"),
    ("Я б, мабуть, обрав більший пакет.", "vague.answer"),
    # checking the contract with a lawyer or the CFO while owning the choice
    ("Наш юрист ще перевірить договір, а потім я підпишу.", "defer.boss"),
    ("Договір перевірить наш юрист, але вибір роблю я.", "mandate.none"),
    ("Мені треба погодити договір з юристом, але рішення моє.", "defer.boss"),
    ("Наш фінансовий директор лише перевіряє умови, остаточне рішення за мною.", "defer.boss"),
    # ownership with a negated other party
    ("Це мій бюджет, а не правління.", "mandate.none"),
    # past, resolved situations
    ("Минулого року мені ще потрібне було погодження, тепер уже ні.", "defer.boss"),
    ("Раніше я погоджував такі речі з директором, тепер вирішую сам.", "defer.boss"),
    # "не думаю, що ..." negates the thinking, not the deferral
    ("Я не думаю, що правління це схвалить.", "own.decision"),
    # "ні" as an answer does not negate what follows
    ("ні я вирішую сам", "mandate.none"),
    # near-misses
    ("Ми не чекаємо на погодження, просто починаємо.", "defer.boss"),
    ("Я відповідаю за виконання.", "own.decision"),
    ("Ми не будемо робити це одразу, спершу пілот.", "refuse.clear"),
    ("Я цього не вирішую.", "own.decision"),
    ("Це не мій бюджет.", "own.budget"),
    ("Я передам вам документи завтра.", "defer.relay"),
    ("Нам треба погодити з вами графік поставки.", "defer.boss"),
    ("Наш директор погоджується з вашими умовами.", "defer.boss"),
    ("Ми колись уже купували схоже обладнання.", "vague.answer"),
    ("Директор у відпустці до понеділка, але потім буде.", "access.none"),
]


@pytest.mark.parametrize(("text", "signal"), POSITIVES)
def test_finds_signal(text: str, signal: str) -> None:
    assert signal in signals(text, LANGUAGE)


@pytest.mark.parametrize(("text", "signal"), NOTES_POSITIVES)
def test_finds_signal_in_notes(text: str, signal: str) -> None:
    assert signal in signals(text, LANGUAGE, notes=True)


@pytest.mark.parametrize(("text", "signal"), NEGATIVES)
def test_does_not_find_signal(text: str, signal: str) -> None:
    assert signal not in signals(text, LANGUAGE)


def test_negated_deferral_counts_as_owning() -> None:
    assert "own.decision" in signals("Мені не треба питати свого директора.", LANGUAGE)


def test_notes_in_the_third_person() -> None:
    found = signals(
        "Вона уникала мого погляду і сказала, що спершу має спитати свого керівника.", LANGUAGE, notes=True
    )
    assert {"avoidance", "defer.boss"} <= found


def test_notes_keep_quotes_in_the_contacts_voice() -> None:
    assert "own.budget" in signals("Він сказав: «це мій бюджет, я вирішую».", LANGUAGE, notes=True)


def test_playbook_fills_the_same_fields_as_english() -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    english, ukrainian = get_pack("en").playbook, get_pack(LANGUAGE).playbook
    assert set(ukrainian) == set(english)
    for key, text in english.items():
        assert fields(ukrainian[key]) == fields(text), key

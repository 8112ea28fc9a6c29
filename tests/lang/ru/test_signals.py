"""Russian signal phrases: positives, negations, questions, seller speech and near-misses."""
import pytest

from popcheck.signals.probe import signals

LANGUAGE = "ru"

POSITIVES = [
    # defer.boss
    ("Мне нужно согласовать это с директором.", "defer.boss"),
    ("Окончательное решение принимает генеральный.", "defer.boss"),
    ("ну это надо с генеральным согласовывать", "defer.boss"),
    ("Без одобрения финдиректора я ничего подписать не могу.", "defer.boss"),
    ("Такие вопросы у нас решаются наверху.", "defer.boss"),
    ("Ольга Викторовна подписывает такие закупки.", "defer.boss"),
    # defer.relay
    ("Пришлите презентацию, я покажу руководству.", "defer.relay"),
    ("Я доложу наверх и дам знать.", "defer.relay"),
    ("скиньте мне на почту я перешлю дальше", "defer.relay"),
    # mandate.none
    ("Честно говоря, это не моё решение.", "mandate.none"),
    ("Это не мне решать.", "mandate.none"),
    ("у меня нет таких полномочий", "mandate.none"),
    ("Я тут ничего не решаю.", "mandate.none"),
    # task.assigned
    ("Меня попросили собрать три коммерческих предложения.", "task.assigned"),
    ("Директор поручил мне найти поставщика.", "task.assigned"),
    ("Мне нужно три КП для тендера.", "task.assigned"),
    ("мне сказали собрать предложения от трёх поставщиков", "task.assigned"),
    # choice.made
    ("Директор уже выбрал поставщика, если честно.", "choice.made"),
    ("Решение уже принято наверху.", "choice.made"),
    ("у генерального уже есть свой поставщик", "choice.made"),
    # access.none
    ("До него очень трудно достучаться.", "access.none"),
    ("Директор не встречается с поставщиками.", "access.none"),
    ("он у нас человек занятой к нему так просто не попасть", "access.none"),
    # vague.answer
    ("Я не знаю, какой у нас бюджет.", "vague.answer"),
    ("Ну, я не знаю...", "vague.answer"),
    ("Бюджет пока не утверждён.", "vague.answer"),
    # stall.soft
    ("Давайте оставаться на связи.", "stall.soft"),
    ("Может, в следующем квартале вернёмся к этому.", "stall.soft"),
    ("Пришлите какие-нибудь материалы на почту.", "stall.soft"),
    # own.budget
    ("Это из моего бюджета.", "own.budget"),
    ("бюджет у меня есть", "own.budget"),
    ("Я заложил двести тысяч на этот проект.", "own.budget"),
    ("Бюджет утверждаю я.", "own.budget"),
    # own.decision
    ("Это моё решение.", "own.decision"),
    ("Решаю здесь я.", "own.decision"),
    ("Последнее слово за мной.", "own.decision"),
    ("Мы можем решить это прямо сейчас.", "own.decision"),
    # set.terms
    ("Нам нужно запустить систему до марта.", "set.terms"),
    ("Мои условия такие: поставка за две недели и гарантия три года.", "set.terms"),
    ("Если вы сможете запустить до марта, подпишем.", "set.terms"),
    # commit.dated
    ("Давайте подпишем в пятницу.", "commit.dated"),
    ("Запустим пилот 12 мая.", "commit.dated"),
    ("давайте так вы присылаете договор мы подписываем в пятницу", "commit.dated"),
    # refuse.clear
    ("Нет, мы не будем это покупать.", "refuse.clear"),
    ("Мой ответ — нет.", "refuse.clear"),
    ("Нам это не интересно.", "refuse.clear"),
    # business.pain
    ("Простои обходятся нам в сорок тысяч каждый месяц.", "business.pain"),
    ("Что это даст нашему бизнесу?", "business.pain"),
    ("Мои люди тратят по три часа в день на отчёты.", "business.pain"),
    # lead.meeting
    ("Давайте начнём.", "lead.meeting"),
    ("Итак, договорились: Анна готовит бюджет.", "lead.meeting"),
    ("Анна, ты берёшь бюджет.", "lead.meeting"),
]

NEGATIVES = [
    # negation: owning the decision is not deferring
    ("Мне не нужно ни у кого спрашивать разрешения.", "defer.boss"),
    ("Нет, мне не нужно согласие директора.", "defer.boss"),
    ("Я могу подписать без согласования с директором.", "defer.boss"),
    ("Я не решаю такие вопросы.", "own.decision"),
    ("Это не мой бюджет.", "own.budget"),
    # questions say nothing about the speaker
    ("Кто у вас принимает решение?", "defer.boss"),
    ("Вам нужно согласовывать это с директором?", "defer.boss"),
    ("кто у вас подписывает договоры", "defer.boss"),
    # hedging alone is no signal
    ("Дайте мне подумать до выходных.", "stall.soft"),
    ("Надо подумать.", "vague.answer"),
    # checking terms with a lawyer while owning the choice
    ("Юрист проверит формулировки, а подписываю я.", "defer.boss"),
    ("Мне нужно согласовать формулировки с юристом, решение за мной.", "defer.boss"),
    ("Я покажу договор юристу, но решение за мной.", "defer.relay"),
    # near-misses
    ("Это мой бюджет, а не совета директоров.", "mandate.none"),
    ("Я не просто исполнитель, я руковожу проектом.", "mandate.none"),
    ("Я передам вам документы завтра.", "defer.relay"),
    ("Генеральный у нас всё сам решает.", "own.decision"),
    ("У нас директор ничего не решает, всё решаю я.", "defer.boss"),
    ("Раньше я согласовывал всё с директором, теперь решаю сам.", "defer.boss"),
    ("Я не говорю нет.", "refuse.clear"),
    ("Ещё ничего не решено.", "choice.made"),
]


# a rep's notes about the contact: body language only shows there
NOTES_POSITIVES = [
    ("Он отводил глаза и нервничал.", "avoidance"),
    ("Она не смотрела мне в глаза.", "avoidance"),
    ("Он постоянно смотрел в телефон и уходил от ответа.", "avoidance"),
    ("Его попросили собрать три предложения.", "task.assigned"),
]


@pytest.mark.parametrize(("text", "signal"), POSITIVES)
def test_finds_signal(text: str, signal: str) -> None:
    assert signal in signals(text, LANGUAGE)


@pytest.mark.parametrize(("text", "signal"), NEGATIVES)
def test_does_not_find_signal(text: str, signal: str) -> None:
    assert signal not in signals(text, LANGUAGE)


@pytest.mark.parametrize(("text", "signal"), NOTES_POSITIVES)
def test_finds_signal_in_notes(text: str, signal: str) -> None:
    assert signal in signals(text, LANGUAGE, notes=True)


def test_negated_deferral_counts_as_owning() -> None:
    found = signals("Мне не нужно спрашивать начальника.", LANGUAGE)
    assert "own.decision" in found
    assert "defer.boss" not in found


def test_notes_in_the_third_person() -> None:
    found = signals(
        "Она избегала моего взгляда и сказала, что ей нужно согласовать это со своим начальником.", LANGUAGE, notes=True,
    )
    assert {"avoidance", "defer.boss"} <= found


def test_notes_turn_third_person_verbs_into_the_contacts_own() -> None:
    assert "own.decision" in signals("Он сказал, что решает сам.", LANGUAGE, notes=True)
    assert "mandate.none" in signals("У него нет полномочий.", LANGUAGE, notes=True)


def test_notes_keep_quotes_in_the_contacts_voice() -> None:
    assert "own.budget" in signals("Он сказал: «это мой бюджет, я решаю».", LANGUAGE, notes=True)
    assert "own.budget" in signals('Он сказал: "это мой бюджет, я решаю".', LANGUAGE, notes=True)

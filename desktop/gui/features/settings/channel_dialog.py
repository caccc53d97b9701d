"""Adding or changing a push channel: a team chat robot's webhook (with its signing secret) or
an email account. What is wrong is said next to its field, and nothing is kept until all of it
is right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.push.channels import (
    WEBHOOKS,
    ChannelKind,
    ChannelSpec,
    Security,
    Wants,
    split_addresses,
)
from desktop.core.services.channels import Channel
from desktop.gui import style
from desktop.gui.context import AppContext
from desktop.gui.widgets.form import ErrorForm, add_buttons
from desktop.text.push import kind_label, wants_label

translate = QCoreApplication.translate


def where_to_find(kind: ChannelKind) -> str:
    return {
        ChannelKind.WECOM: translate(
            "Channel",
            "In the WeCom group: ⋯ → 消息推送 / 群机器人 → 添加机器人, then copy its webhook "
            "address.",
        ),
        ChannelKind.DINGTALK: translate(
            "Channel",
            "In the DingTalk group: 设置 → 机器人 → 添加机器人 → 自定义. Choose 加签 and copy "
            "the secret (SEC…) and the webhook address. With keywords instead, add 售后.",
        ),
        ChannelKind.FEISHU: translate(
            "Channel",
            "In the Feishu group: 设置 → 群机器人 → 添加机器人 → 自定义机器人. Switch on "
            "签名校验 and copy the secret and the webhook address.",
        ),
        ChannelKind.EMAIL: translate(
            "Channel",
            "QQ邮箱: smtp.qq.com, port 465; 163: smtp.163.com, port 465. Switch on SMTP in the "
            "mailbox's settings and use its authorisation code (授权码), not the password.",
        ),
    }[kind]


def _row(field: QWidget) -> QWidget:
    """The form row a field sits in (ErrorForm wraps each field with its message)."""
    holder = field.parentWidget()
    assert holder is not None
    return holder


class ChannelDialog(QDialog):
    def __init__(
        self, ctx: AppContext, channel: Channel | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._ctx, self._channel = ctx, channel
        self.setWindowTitle(
            translate("Channel", "Add a push channel")
            if channel is None
            else translate("Channel", "Change “{name}”").format(name=channel.name)
        )
        self.setMinimumWidth(640)  # the help text wraps in the width, never squeezes it
        spec = ctx.core.channels.spec(channel) if channel is not None else None
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        layout.addLayout(form_layout)
        self.form = ErrorForm(form_layout)
        self.kind = QComboBox()
        for kind in ChannelKind:
            self.kind.addItem(kind_label(kind), kind.value)
        if channel is not None:
            self.kind.setCurrentIndex(self.kind.findData(channel.kind.value))
            self.kind.setEnabled(False)
        self.form.add("kind", translate("Channel", "Kind"), self.kind)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet(f"color:{style.muted()};")
        form_layout.addRow("", self.help)
        self.name = QLineEdit(channel.name if channel else "")
        self.name.setPlaceholderText(translate("Channel", "e.g. 售后群, 老板手机"))
        self.form.add("name", translate("Channel", "Name"), self.name)
        self.url = QLineEdit(spec.url if spec else "")
        self.url.setPlaceholderText("https://…")
        self.secret = QLineEdit(spec.secret if spec else "")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_host = QLineEdit(spec.smtp_host if spec else "")
        self.smtp_host.setPlaceholderText("smtp.qq.com")
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(spec.smtp_port if spec and spec.smtp_port else 465)
        self.security = QComboBox()
        self.security.addItem(translate("Channel", "SSL (port 465)"), Security.SSL.value)
        self.security.addItem(translate("Channel", "STARTTLS (port 587)"), Security.STARTTLS.value)
        if spec and spec.security:
            self.security.setCurrentIndex(self.security.findData(spec.security.value))
        self.user = QLineEdit(spec.user if spec else "")
        self.password = QLineEdit(spec.password if spec else "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_address = QLineEdit(spec.sender if spec else "")
        self.recipients = QLineEdit(", ".join(spec.recipients) if spec else "")
        self.recipients.setPlaceholderText(translate("Channel", "one or more, separated by commas"))
        self._webhook_rows = [
            self.form.add("url", translate("Channel", "Webhook address"), self.url),
            self.form.add("secret", translate("Channel", "Signing secret"), self.secret),
        ]
        self._email_rows = [
            self.form.add("smtp", translate("Channel", "Mail server"), self.smtp_host),
            self.form.add("smtp_port", translate("Channel", "Port"), self.smtp_port),
            self.form.add("security", translate("Channel", "Security"), self.security),
            self.form.add("user", translate("Channel", "Login"), self.user),
            self.form.add("password", translate("Channel", "Authorisation code"), self.password),
            self.form.add("sender", translate("Channel", "From"), self.sender_address),
            self.form.add("recipients", translate("Channel", "To"), self.recipients),
        ]
        self.wants = QComboBox()
        for wants in Wants:
            self.wants.addItem(wants_label(wants), wants.value)
        self.wants.setCurrentIndex(
            self.wants.findData((channel.wants if channel else Wants.ALL).value)
        )
        self.form.add("wants", translate("Channel", "Gets"), self.wants)
        layout.addWidget(self.form.general)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.smtp_port.valueChanged.connect(self._port_changed)
        self._kind_changed()
        add_buttons(self, layout, self.save, QDialogButtonBox.StandardButton.Save)

    def current_kind(self) -> ChannelKind:
        return ChannelKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        layout = self.form.layout
        for widget in self._webhook_rows:
            layout.setRowVisible(_row(widget), kind in WEBHOOKS)
        for widget in self._email_rows:
            layout.setRowVisible(_row(widget), kind is ChannelKind.EMAIL)
        layout.setRowVisible(_row(self.secret), kind in (ChannelKind.DINGTALK, ChannelKind.FEISHU))
        self.help.setText(where_to_find(kind))
        self.resize(max(self.width(), self.minimumWidth()), self.sizeHint().height())

    def _port_changed(self, port: int) -> None:
        self.security.setCurrentIndex(
            self.security.findData(
                (Security.SSL if port in (465, 994) else Security.STARTTLS).value
            )
        )

    def spec(self) -> ChannelSpec:
        return ChannelSpec(
            kind=self.current_kind(),
            name=self.name.text(),
            url=self.url.text(),
            secret=self.secret.text() if self.current_kind() is not ChannelKind.WECOM else "",
            smtp_host=self.smtp_host.text(),
            smtp_port=self.smtp_port.value(),
            security=Security(self.security.currentData()),
            user=self.user.text(),
            password=self.password.text(),
            sender=self.sender_address.text(),
            recipients=split_addresses(self.recipients.text()),
            wants=Wants(self.wants.currentData()),
        )

    def save(self) -> None:
        self.form.clear()
        channels = self._ctx.core.channels
        if self._channel is None:
            done = self._ctx.attempt(self, lambda: channels.add(self.spec())[1], self.form)
        else:
            channel = self._channel
            done = self._ctx.attempt(self, lambda: channels.update(channel, self.spec()), self.form)
        if done:
            self.accept()

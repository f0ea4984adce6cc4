extension NameLexicon {
  /// The most frequent Chinese family names (simplified and traditional characters) and Japanese family names in
  /// kanji, written by the team from general knowledge. Chinese and Japanese put no space between words, so a line
  /// of two short kanji words a space apart is most often a family and a given name ("小林 花", "王 芳"); the family
  /// name from this list tells it from two words typed apart ("注文 確認").
  static let eastAsianFamilyNames: Set<String> = Set("""
    王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 高 林 罗 羅 郑 鄭 梁 谢 謝 宋 唐 许 許
    韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 蕭 田 董 袁 潘 于 蒋 蔣 蔡 余 杜 叶 葉 程 苏 蘇 魏 吕 呂 丁 任 沈 姚 卢 盧 姜 崔 钟 鍾
    谭 譚 陆 陸 汪 范 金 石 廖 贾 賈 夏 韦 韋 方 白 邹 鄒 孟 熊 秦 邱 江 尹 薛 段 雷 侯 龙 龍 史 陶 黎 贺 賀 顾 顧 毛 郝
    龚 龔 邵 万 萬 钱 錢 严 嚴 武 戴 莫 孔 向 汤 湯
    佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 清水 山崎 森 池田
    橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井
    金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井 宮崎 横山 高木
    安藤 宮本 大野 小島 工藤 谷口 今井 高田 丸山 増田 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千葉
    岩崎 菅原 木下 久保 佐野 野村 松尾 菊地 杉本 市川 古川 大西 島田 水野 桜井 高野 渡部 吉川 山内 西田 飯田 菊池 西川
    小松 北村 安田 五十嵐 川口 平田 中田 久保田 服部 岩田 土屋 川崎 福島 本田 辻 樋口 秋山 田口 永井 山中 中西 吉村
    川上 石原 大橋 松岡 馬場 浅野 荒木 大久保 野田 星野 黒田 堀 尾崎 望月 永田 熊谷 内藤 松村 西山 大谷 平井 大島
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}

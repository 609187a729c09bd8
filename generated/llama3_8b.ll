; ModuleID = 'llama3_8b'
source_filename = "llama3_8b"
target triple = "x86_64-unknown-linux-gnu"

@llama3_8b.name = private unnamed_addr constant [10 x i8] c"llama3_8b\00"
@llama3_8b.spec = private unnamed_addr constant [329 x i8] c"attncc: 1\0Aname: llama3_8b\0Aphase: mixed\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192, latent_dim: 0, rope_dim: 0}\0Amask: {causal: true}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@llama3_8b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32 } { i32 3, i32 1, i64 9177718721380067047, ptr @llama3_8b.name, ptr @llama3_8b.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 2, i32 0, i32 0, i32 8192, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0 }, align 8
@llama3_8b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @llama3_8b_info_data, ptr @llama3_8b_tile, i32 32, i32 4, i32 16, i32 256, i32 8, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @llama3_8b_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [8 x <16 x float>], align 64
  %mv = alloca [8 x <16 x float>], align 64
  %lims = alloca [128 x i32], align 64
  %rowbuf = alloca [8 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [65536 x i8], align 64
  %ls = alloca [128 x float], align 64
  %ms = alloca [128 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 65536
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 256
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow, label %done

done:                                             ; preds = %orow125, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %67, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 128
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %32 = mul i32 %kv_head, 4
  %hq = add i32 %32, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 32
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 512
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %27, float 0x3FC0527DC0000000, float 0.000000e+00
  %40 = insertelement <16 x float> poison, float %39, i32 0
  %splat = shufflevector <16 x float> %40, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %41 = icmp slt i64 %chunk5, 8
  br i1 %41, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %42 = mul i64 %chunk5, 64
  %43 = getelementptr i8, ptr %38, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = fmul <16 x float> %44, %splat
  %46 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = sext i32 %qrow1 to i64
  %49 = getelementptr i32, ptr %lims, i64 %48
  %50 = add i32 %q_pos0, %qi
  %51 = add i32 %50, 1
  %52 = call i32 @llvm.smin.i32(i32 %51, i32 %k_end)
  store i32 %52, ptr %49, align 4
  %53 = sdiv i32 %qrow1, 32
  %54 = sext i32 %53 to i64
  %55 = mul i64 %54, 4096
  %56 = getelementptr i32, ptr %qt, i64 %55
  %57 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %66, %body6 ]
  %58 = icmp slt i32 %qcol9, 128
  br i1 %58, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %59 = sext i32 %qcol9 to i64
  %60 = getelementptr i32, ptr %rowbuf, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = sext i32 %57 to i64
  %63 = mul i64 %59, 32
  %64 = add i64 %63, %62
  %65 = getelementptr i32, ptr %56, i64 %64
  store float %61, ptr %65, align 4
  %66 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %67 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %72, %body10 ], [ 0, %qrow ]
  %68 = icmp slt i32 %otzero13, 1024
  br i1 %68, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %69 = sext i32 %otzero13 to i64
  %70 = mul i64 %69, 16
  %71 = getelementptr i32, ptr %ot, i64 %70
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %73 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = sub i32 %nrows, 1
  %88 = sdiv i32 %87, %nh
  %89 = add i32 %q_begin, %88
  %90 = add i32 %q_pos0, %89
  %91 = add i32 %90, 1
  %92 = call i32 @llvm.smin.i32(i32 %91, i32 %k_end)
  %k_last = sub i32 %92, 1
  br label %ktile

ktile:                                            ; preds = %exit43, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %220, %exit43 ]
  %93 = icmp slt i32 %ktile17, %92
  br i1 %93, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %94 = sub i32 %92, %ktile17
  %95 = call i32 @llvm.smin.i32(i32 48, i32 %94)
  %96 = add i32 %95, 11
  %97 = sdiv i32 %96, 12
  %98 = mul i32 %97, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %99 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %99, ptr %ms, align 64
  %100 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %100, ptr %ls, align 64
  %101 = getelementptr float, ptr %ms, i64 16
  %102 = load <16 x float>, ptr %73, align 64
  store <16 x float> %102, ptr %101, align 64
  %103 = getelementptr float, ptr %ls, i64 16
  %104 = load <16 x float>, ptr %74, align 64
  store <16 x float> %104, ptr %103, align 64
  %105 = getelementptr float, ptr %ms, i64 32
  %106 = load <16 x float>, ptr %75, align 64
  store <16 x float> %106, ptr %105, align 64
  %107 = getelementptr float, ptr %ls, i64 32
  %108 = load <16 x float>, ptr %76, align 64
  store <16 x float> %108, ptr %107, align 64
  %109 = getelementptr float, ptr %ms, i64 48
  %110 = load <16 x float>, ptr %77, align 64
  store <16 x float> %110, ptr %109, align 64
  %111 = getelementptr float, ptr %ls, i64 48
  %112 = load <16 x float>, ptr %78, align 64
  store <16 x float> %112, ptr %111, align 64
  %113 = getelementptr float, ptr %ms, i64 64
  %114 = load <16 x float>, ptr %79, align 64
  store <16 x float> %114, ptr %113, align 64
  %115 = getelementptr float, ptr %ls, i64 64
  %116 = load <16 x float>, ptr %80, align 64
  store <16 x float> %116, ptr %115, align 64
  %117 = getelementptr float, ptr %ms, i64 80
  %118 = load <16 x float>, ptr %81, align 64
  store <16 x float> %118, ptr %117, align 64
  %119 = getelementptr float, ptr %ls, i64 80
  %120 = load <16 x float>, ptr %82, align 64
  store <16 x float> %120, ptr %119, align 64
  %121 = getelementptr float, ptr %ms, i64 96
  %122 = load <16 x float>, ptr %83, align 64
  store <16 x float> %122, ptr %121, align 64
  %123 = getelementptr float, ptr %ls, i64 96
  %124 = load <16 x float>, ptr %84, align 64
  store <16 x float> %124, ptr %123, align 64
  %125 = getelementptr float, ptr %ms, i64 112
  %126 = load <16 x float>, ptr %85, align 64
  store <16 x float> %126, ptr %125, align 64
  %127 = getelementptr float, ptr %ls, i64 112
  %128 = load <16 x float>, ptr %86, align 64
  store <16 x float> %128, ptr %127, align 64
  br label %orow125

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %167, %body18 ]
  %129 = icmp slt i32 %kpack21, %98
  br i1 %129, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %130 = add i32 %ktile17, %kpack21
  %131 = call i32 @llvm.smin.i32(i32 %130, i32 %k_last)
  %132 = sext i32 %131 to i64
  %133 = mul i64 %132, 2048
  %134 = getelementptr i8, ptr %22, i64 %133
  %135 = load <16 x half>, ptr %134, align 2
  %f16 = fpext <16 x half> %135 to <16 x float>
  %136 = sext i32 %kpack21 to i64
  %137 = mul i64 %136, 128
  %138 = getelementptr i32, ptr %kbuf, i64 %137
  store <16 x float> %f16, ptr %138, align 64
  %139 = getelementptr i8, ptr %134, i64 32
  %140 = load <16 x half>, ptr %139, align 2
  %f1622 = fpext <16 x half> %140 to <16 x float>
  %141 = add i64 %137, 16
  %142 = getelementptr i32, ptr %kbuf, i64 %141
  store <16 x float> %f1622, ptr %142, align 64
  %143 = getelementptr i8, ptr %134, i64 64
  %144 = load <16 x half>, ptr %143, align 2
  %f1623 = fpext <16 x half> %144 to <16 x float>
  %145 = add i64 %137, 32
  %146 = getelementptr i32, ptr %kbuf, i64 %145
  store <16 x float> %f1623, ptr %146, align 64
  %147 = getelementptr i8, ptr %134, i64 96
  %148 = load <16 x half>, ptr %147, align 2
  %f1624 = fpext <16 x half> %148 to <16 x float>
  %149 = add i64 %137, 48
  %150 = getelementptr i32, ptr %kbuf, i64 %149
  store <16 x float> %f1624, ptr %150, align 64
  %151 = getelementptr i8, ptr %134, i64 128
  %152 = load <16 x half>, ptr %151, align 2
  %f1625 = fpext <16 x half> %152 to <16 x float>
  %153 = add i64 %137, 64
  %154 = getelementptr i32, ptr %kbuf, i64 %153
  store <16 x float> %f1625, ptr %154, align 64
  %155 = getelementptr i8, ptr %134, i64 160
  %156 = load <16 x half>, ptr %155, align 2
  %f1626 = fpext <16 x half> %156 to <16 x float>
  %157 = add i64 %137, 80
  %158 = getelementptr i32, ptr %kbuf, i64 %157
  store <16 x float> %f1626, ptr %158, align 64
  %159 = getelementptr i8, ptr %134, i64 192
  %160 = load <16 x half>, ptr %159, align 2
  %f1627 = fpext <16 x half> %160 to <16 x float>
  %161 = add i64 %137, 96
  %162 = getelementptr i32, ptr %kbuf, i64 %161
  store <16 x float> %f1627, ptr %162, align 64
  %163 = getelementptr i8, ptr %134, i64 224
  %164 = load <16 x half>, ptr %163, align 2
  %f1628 = fpext <16 x half> %164 to <16 x float>
  %165 = add i64 %137, 112
  %166 = getelementptr i32, ptr %kbuf, i64 %165
  store <16 x float> %f1628, ptr %166, align 64
  %167 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body29
  %vpack32 = phi i32 [ %205, %body29 ], [ 0, %kpack ]
  %168 = icmp slt i32 %vpack32, %95
  br i1 %168, label %body29, label %exit31

body29:                                           ; preds = %vpack
  %169 = add i32 %ktile17, %vpack32
  %170 = sext i32 %169 to i64
  %171 = mul i64 %170, 2048
  %172 = getelementptr i8, ptr %24, i64 %171
  %173 = load <16 x half>, ptr %172, align 2
  %f1633 = fpext <16 x half> %173 to <16 x float>
  %174 = sext i32 %vpack32 to i64
  %175 = mul i64 %174, 128
  %176 = getelementptr i32, ptr %vbuf, i64 %175
  store <16 x float> %f1633, ptr %176, align 64
  %177 = getelementptr i8, ptr %172, i64 32
  %178 = load <16 x half>, ptr %177, align 2
  %f1634 = fpext <16 x half> %178 to <16 x float>
  %179 = add i64 %175, 16
  %180 = getelementptr i32, ptr %vbuf, i64 %179
  store <16 x float> %f1634, ptr %180, align 64
  %181 = getelementptr i8, ptr %172, i64 64
  %182 = load <16 x half>, ptr %181, align 2
  %f1635 = fpext <16 x half> %182 to <16 x float>
  %183 = add i64 %175, 32
  %184 = getelementptr i32, ptr %vbuf, i64 %183
  store <16 x float> %f1635, ptr %184, align 64
  %185 = getelementptr i8, ptr %172, i64 96
  %186 = load <16 x half>, ptr %185, align 2
  %f1636 = fpext <16 x half> %186 to <16 x float>
  %187 = add i64 %175, 48
  %188 = getelementptr i32, ptr %vbuf, i64 %187
  store <16 x float> %f1636, ptr %188, align 64
  %189 = getelementptr i8, ptr %172, i64 128
  %190 = load <16 x half>, ptr %189, align 2
  %f1637 = fpext <16 x half> %190 to <16 x float>
  %191 = add i64 %175, 64
  %192 = getelementptr i32, ptr %vbuf, i64 %191
  store <16 x float> %f1637, ptr %192, align 64
  %193 = getelementptr i8, ptr %172, i64 160
  %194 = load <16 x half>, ptr %193, align 2
  %f1638 = fpext <16 x half> %194 to <16 x float>
  %195 = add i64 %175, 80
  %196 = getelementptr i32, ptr %vbuf, i64 %195
  store <16 x float> %f1638, ptr %196, align 64
  %197 = getelementptr i8, ptr %172, i64 192
  %198 = load <16 x half>, ptr %197, align 2
  %f1639 = fpext <16 x half> %198 to <16 x float>
  %199 = add i64 %175, 96
  %200 = getelementptr i32, ptr %vbuf, i64 %199
  store <16 x float> %f1639, ptr %200, align 64
  %201 = getelementptr i8, ptr %172, i64 224
  %202 = load <16 x half>, ptr %201, align 2
  %f1640 = fpext <16 x half> %202 to <16 x float>
  %203 = add i64 %175, 112
  %204 = getelementptr i32, ptr %vbuf, i64 %203
  store <16 x float> %f1640, ptr %204, align 64
  %205 = add nsw i32 %vpack32, 1
  br label %vpack

exit31:                                           ; preds = %vpack
  %206 = add i32 %nrows, 31
  %nblk = sdiv i32 %206, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit31
  %rblock44 = phi i32 [ 0, %exit31 ], [ %231, %join ]
  %207 = icmp slt i32 %rblock44, %nblk
  br i1 %207, label %body41, label %exit43

body41:                                           ; preds = %rblock
  %208 = sext i32 %rblock44 to i64
  %209 = mul i32 %rblock44, 32
  %210 = add i32 %209, 31
  %211 = call i32 @llvm.smin.i32(i32 %210, i32 %87)
  %212 = sdiv i32 %211, %nh
  %213 = add i32 %q_begin, %212
  %214 = add i32 %q_pos0, %213
  %215 = add i32 %214, 1
  %216 = call i32 @llvm.smin.i32(i32 %215, i32 %k_end)
  %217 = sub i32 %216, %ktile17
  %218 = call i32 @llvm.smin.i32(i32 %95, i32 %217)
  %219 = icmp sgt i32 %218, 0
  br i1 %219, label %rvisit, label %join

exit43:                                           ; preds = %rblock
  %220 = add nsw i32 %ktile17, 48
  br label %ktile

rvisit:                                           ; preds = %body41
  %221 = mul i64 %208, 4096
  %222 = getelementptr i32, ptr %qt, i64 %221
  %223 = getelementptr i32, ptr %ot, i64 %221
  %224 = mul i64 %208, 2
  %225 = getelementptr <16 x float>, ptr %mv, i64 %224
  %226 = getelementptr <16 x float>, ptr %lv, i64 %224
  %227 = mul i64 %208, 32
  %228 = getelementptr i32, ptr %lims, i64 %227
  %limv = load <16 x i32>, ptr %228, align 64
  %229 = add i64 %227, 16
  %230 = getelementptr i32, ptr %lims, i64 %229
  %limv45 = load <16 x i32>, ptr %230, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body41
  %231 = add nsw i32 %rblock44, 1
  br label %rblock

sblock:                                           ; preds = %exit52, %rvisit
  %sblock49 = phi i32 [ 0, %rvisit ], [ %315, %exit52 ]
  %232 = icmp slt i32 %sblock49, %218
  br i1 %232, label %body46, label %smask

body46:                                           ; preds = %sblock
  %233 = sext i32 %sblock49 to i64
  %234 = mul i64 %233, 128
  %235 = getelementptr i32, ptr %kbuf, i64 %234
  br label %sdim

sdim:                                             ; preds = %body50, %body46
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %288, %body50 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %287, %body50 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %284, %body50 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %283, %body50 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %280, %body50 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %279, %body50 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %276, %body50 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %275, %body50 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %272, %body50 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %271, %body50 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %268, %body50 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %267, %body50 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %264, %body50 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %263, %body50 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %260, %body50 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %259, %body50 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %256, %body50 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %255, %body50 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %252, %body50 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %251, %body50 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %248, %body50 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %247, %body50 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %244, %body50 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %243, %body50 ]
  %sdim53 = phi i32 [ 0, %body46 ], [ %289, %body50 ]
  %236 = icmp slt i32 %sdim53, 128
  br i1 %236, label %body50, label %exit52

body50:                                           ; preds = %sdim
  %237 = sext i32 %sdim53 to i64
  %238 = mul i64 %237, 32
  %239 = getelementptr i32, ptr %222, i64 %238
  %qt54 = load <16 x float>, ptr %239, align 64
  %240 = getelementptr i32, ptr %239, i64 16
  %qt55 = load <16 x float>, ptr %240, align 64
  %241 = getelementptr i32, ptr %235, i64 %237
  %k = load float, ptr %241, align 4
  %242 = insertelement <16 x float> poison, float %k, i32 0
  %splat56 = shufflevector <16 x float> %242, <16 x float> poison, <16 x i32> zeroinitializer
  %243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat56, <16 x float> %sacc.sroa.0.0)
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat56, <16 x float> %sacc.sroa.4.0)
  %245 = getelementptr i32, ptr %241, i64 128
  %k57 = load float, ptr %245, align 4
  %246 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %246, <16 x float> poison, <16 x i32> zeroinitializer
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat58, <16 x float> %sacc.sroa.8.0)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat58, <16 x float> %sacc.sroa.12.0)
  %249 = getelementptr i32, ptr %241, i64 256
  %k59 = load float, ptr %249, align 4
  %250 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %250, <16 x float> poison, <16 x i32> zeroinitializer
  %251 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat60, <16 x float> %sacc.sroa.16.0)
  %252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat60, <16 x float> %sacc.sroa.20.0)
  %253 = getelementptr i32, ptr %241, i64 384
  %k61 = load float, ptr %253, align 4
  %254 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %254, <16 x float> poison, <16 x i32> zeroinitializer
  %255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat62, <16 x float> %sacc.sroa.24.0)
  %256 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat62, <16 x float> %sacc.sroa.28.0)
  %257 = getelementptr i32, ptr %241, i64 512
  %k63 = load float, ptr %257, align 4
  %258 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %258, <16 x float> poison, <16 x i32> zeroinitializer
  %259 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat64, <16 x float> %sacc.sroa.32.0)
  %260 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat64, <16 x float> %sacc.sroa.36.0)
  %261 = getelementptr i32, ptr %241, i64 640
  %k65 = load float, ptr %261, align 4
  %262 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %262, <16 x float> poison, <16 x i32> zeroinitializer
  %263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat66, <16 x float> %sacc.sroa.40.0)
  %264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat66, <16 x float> %sacc.sroa.44.0)
  %265 = getelementptr i32, ptr %241, i64 768
  %k67 = load float, ptr %265, align 4
  %266 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %266, <16 x float> poison, <16 x i32> zeroinitializer
  %267 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat68, <16 x float> %sacc.sroa.48.0)
  %268 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat68, <16 x float> %sacc.sroa.52.0)
  %269 = getelementptr i32, ptr %241, i64 896
  %k69 = load float, ptr %269, align 4
  %270 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %270, <16 x float> poison, <16 x i32> zeroinitializer
  %271 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat70, <16 x float> %sacc.sroa.56.0)
  %272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat70, <16 x float> %sacc.sroa.60.0)
  %273 = getelementptr i32, ptr %241, i64 1024
  %k71 = load float, ptr %273, align 4
  %274 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %274, <16 x float> poison, <16 x i32> zeroinitializer
  %275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat72, <16 x float> %sacc.sroa.64.0)
  %276 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat72, <16 x float> %sacc.sroa.68.0)
  %277 = getelementptr i32, ptr %241, i64 1152
  %k73 = load float, ptr %277, align 4
  %278 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %278, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat74, <16 x float> %sacc.sroa.72.0)
  %280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat74, <16 x float> %sacc.sroa.76.0)
  %281 = getelementptr i32, ptr %241, i64 1280
  %k75 = load float, ptr %281, align 4
  %282 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %282, <16 x float> poison, <16 x i32> zeroinitializer
  %283 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat76, <16 x float> %sacc.sroa.80.0)
  %284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat76, <16 x float> %sacc.sroa.84.0)
  %285 = getelementptr i32, ptr %241, i64 1408
  %k77 = load float, ptr %285, align 4
  %286 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %286, <16 x float> poison, <16 x i32> zeroinitializer
  %287 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat78, <16 x float> %sacc.sroa.88.0)
  %288 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat78, <16 x float> %sacc.sroa.92.0)
  %289 = add nsw i32 %sdim53, 1
  br label %sdim

exit52:                                           ; preds = %sdim
  %290 = mul i64 %233, 32
  %291 = getelementptr i32, ptr %st, i64 %290
  store <16 x float> %sacc.sroa.0.0, ptr %291, align 64
  %292 = getelementptr i32, ptr %291, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %292, align 64
  %293 = getelementptr i32, ptr %291, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %293, align 64
  %294 = getelementptr i32, ptr %291, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %294, align 64
  %295 = getelementptr i32, ptr %291, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %295, align 64
  %296 = getelementptr i32, ptr %291, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %296, align 64
  %297 = getelementptr i32, ptr %291, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %297, align 64
  %298 = getelementptr i32, ptr %291, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %298, align 64
  %299 = getelementptr i32, ptr %291, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %299, align 64
  %300 = getelementptr i32, ptr %291, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %300, align 64
  %301 = getelementptr i32, ptr %291, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %301, align 64
  %302 = getelementptr i32, ptr %291, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %302, align 64
  %303 = getelementptr i32, ptr %291, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %303, align 64
  %304 = getelementptr i32, ptr %291, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %304, align 64
  %305 = getelementptr i32, ptr %291, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %305, align 64
  %306 = getelementptr i32, ptr %291, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %306, align 64
  %307 = getelementptr i32, ptr %291, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %307, align 64
  %308 = getelementptr i32, ptr %291, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %308, align 64
  %309 = getelementptr i32, ptr %291, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %309, align 64
  %310 = getelementptr i32, ptr %291, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %310, align 64
  %311 = getelementptr i32, ptr %291, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %311, align 64
  %312 = getelementptr i32, ptr %291, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %312, align 64
  %313 = getelementptr i32, ptr %291, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %313, align 64
  %314 = getelementptr i32, ptr %291, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %314, align 64
  %315 = add nsw i32 %sblock49, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body79
  %tmax.sroa.4.0 = phi <16 x float> [ %329, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %324, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask82 = phi i32 [ %330, %body79 ], [ 0, %sblock ]
  %316 = icmp slt i32 %smask82, %218
  br i1 %316, label %body79, label %exit81

body79:                                           ; preds = %smask
  %317 = add i32 %ktile17, %smask82
  %318 = insertelement <16 x i32> poison, i32 %317, i32 0
  %splat83 = shufflevector <16 x i32> %318, <16 x i32> poison, <16 x i32> zeroinitializer
  %319 = sext i32 %smask82 to i64
  %320 = mul i64 %319, 32
  %321 = getelementptr i32, ptr %st, i64 %320
  %s = load <16 x float>, ptr %321, align 64
  %322 = icmp slt <16 x i32> %splat83, %limv
  %323 = select <16 x i1> %322, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %323, ptr %321, align 64
  %324 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %323)
  %325 = add i64 %320, 16
  %326 = getelementptr i32, ptr %st, i64 %325
  %s84 = load <16 x float>, ptr %326, align 64
  %327 = icmp slt <16 x i32> %splat83, %limv45
  %328 = select <16 x i1> %327, <16 x float> %s84, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %328, ptr %326, align 64
  %329 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %328)
  %330 = add nsw i32 %smask82, 1
  br label %smask

exit81:                                           ; preds = %smask
  %m = load <16 x float>, ptr %225, align 64
  %331 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %332 = fcmp oeq <16 x float> %331, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse85 = select <16 x i1> %332, <16 x float> zeroinitializer, <16 x float> %331
  %333 = fsub <16 x float> %m, %muse85
  %334 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %333, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %335 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %334, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %336 = fadd <16 x float> %335, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %336, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %335, %n
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %337, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %338, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %339, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %343 = fptosi <16 x float> %n to <16 x i32>
  %344 = add <16 x i32> %343, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %345 = shl <16 x i32> %344, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %346 = bitcast <16 x i32> %345 to <16 x float>
  %exp2 = fmul <16 x float> %342, %346
  store <16 x float> %331, ptr %225, align 64
  %347 = getelementptr <16 x float>, ptr %225, i64 1
  %m86 = load <16 x float>, ptr %347, align 64
  %348 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m86, <16 x float> %tmax.sroa.4.0)
  %349 = fcmp oeq <16 x float> %348, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse87 = select <16 x i1> %349, <16 x float> zeroinitializer, <16 x float> %348
  %350 = fsub <16 x float> %m86, %muse87
  %351 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %350, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %352 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %351, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %353 = fadd <16 x float> %352, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n88 = fsub <16 x float> %353, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f89 = fsub <16 x float> %352, %n88
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f89, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %354, <16 x float> %f89, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %355, <16 x float> %f89, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %356, <16 x float> %f89, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %357, <16 x float> %f89, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %358, <16 x float> %f89, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %360 = fptosi <16 x float> %n88 to <16 x i32>
  %361 = add <16 x i32> %360, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %362 = shl <16 x i32> %361, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %363 = bitcast <16 x i32> %362 to <16 x float>
  %exp290 = fmul <16 x float> %359, %363
  store <16 x float> %348, ptr %347, align 64
  br label %sexp

sexp:                                             ; preds = %body91, %exit81
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %401, %body91 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %383, %body91 ]
  %sexp94 = phi i32 [ 0, %exit81 ], [ %402, %body91 ]
  %364 = icmp slt i32 %sexp94, %218
  br i1 %364, label %body91, label %exit93

body91:                                           ; preds = %sexp
  %365 = sext i32 %sexp94 to i64
  %366 = mul i64 %365, 32
  %367 = getelementptr i32, ptr %st, i64 %366
  %368 = load <16 x float>, ptr %367, align 64
  %369 = fsub <16 x float> %368, %muse85
  %370 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %369, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %371 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %370, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %372 = fadd <16 x float> %371, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %372, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %371, %n95
  %373 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %374 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %373, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %374, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %375, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %376, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %377, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %379 = fptosi <16 x float> %n95 to <16 x i32>
  %380 = add <16 x i32> %379, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %381 = shl <16 x i32> %380, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %382 = bitcast <16 x i32> %381 to <16 x float>
  %exp297 = fmul <16 x float> %378, %382
  store <16 x float> %exp297, ptr %367, align 64
  %383 = fadd <16 x float> %lsum.sroa.0.0, %exp297
  %384 = add i64 %366, 16
  %385 = getelementptr i32, ptr %st, i64 %384
  %386 = load <16 x float>, ptr %385, align 64
  %387 = fsub <16 x float> %386, %muse87
  %388 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %387, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %389 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %388, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %390 = fadd <16 x float> %389, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n98 = fsub <16 x float> %390, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f99 = fsub <16 x float> %389, %n98
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f99, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %391, <16 x float> %f99, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %392, <16 x float> %f99, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %394 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %393, <16 x float> %f99, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %394, <16 x float> %f99, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %395, <16 x float> %f99, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %397 = fptosi <16 x float> %n98 to <16 x i32>
  %398 = add <16 x i32> %397, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %399 = shl <16 x i32> %398, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %400 = bitcast <16 x i32> %399 to <16 x float>
  %exp2100 = fmul <16 x float> %396, %400
  store <16 x float> %exp2100, ptr %385, align 64
  %401 = fadd <16 x float> %lsum.sroa.4.0, %exp2100
  %402 = add nsw i32 %sexp94, 1
  br label %sexp

exit93:                                           ; preds = %sexp
  %403 = load <16 x float>, ptr %226, align 64
  %404 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %403, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %404, ptr %226, align 64
  %405 = getelementptr <16 x float>, ptr %226, i64 1
  %406 = load <16 x float>, ptr %405, align 64
  %407 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %406, <16 x float> %exp290, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %407, ptr %405, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit107, %exit93
  %pvblock104 = phi i32 [ 0, %exit93 ], [ %501, %exit107 ]
  %408 = icmp slt i32 %pvblock104, 16
  br i1 %408, label %body101, label %join

body101:                                          ; preds = %pvblock
  %409 = mul i32 %pvblock104, 8
  %410 = sext i32 %409 to i64
  %411 = mul i64 %410, 32
  %412 = getelementptr i32, ptr %223, i64 %411
  %413 = load <16 x float>, ptr %412, align 64
  %414 = fmul <16 x float> %413, %exp2
  %415 = getelementptr i32, ptr %412, i64 16
  %416 = load <16 x float>, ptr %415, align 64
  %417 = fmul <16 x float> %416, %exp290
  %418 = getelementptr i32, ptr %412, i64 32
  %419 = load <16 x float>, ptr %418, align 64
  %420 = fmul <16 x float> %419, %exp2
  %421 = getelementptr i32, ptr %412, i64 48
  %422 = load <16 x float>, ptr %421, align 64
  %423 = fmul <16 x float> %422, %exp290
  %424 = getelementptr i32, ptr %412, i64 64
  %425 = load <16 x float>, ptr %424, align 64
  %426 = fmul <16 x float> %425, %exp2
  %427 = getelementptr i32, ptr %412, i64 80
  %428 = load <16 x float>, ptr %427, align 64
  %429 = fmul <16 x float> %428, %exp290
  %430 = getelementptr i32, ptr %412, i64 96
  %431 = load <16 x float>, ptr %430, align 64
  %432 = fmul <16 x float> %431, %exp2
  %433 = getelementptr i32, ptr %412, i64 112
  %434 = load <16 x float>, ptr %433, align 64
  %435 = fmul <16 x float> %434, %exp290
  %436 = getelementptr i32, ptr %412, i64 128
  %437 = load <16 x float>, ptr %436, align 64
  %438 = fmul <16 x float> %437, %exp2
  %439 = getelementptr i32, ptr %412, i64 144
  %440 = load <16 x float>, ptr %439, align 64
  %441 = fmul <16 x float> %440, %exp290
  %442 = getelementptr i32, ptr %412, i64 160
  %443 = load <16 x float>, ptr %442, align 64
  %444 = fmul <16 x float> %443, %exp2
  %445 = getelementptr i32, ptr %412, i64 176
  %446 = load <16 x float>, ptr %445, align 64
  %447 = fmul <16 x float> %446, %exp290
  %448 = getelementptr i32, ptr %412, i64 192
  %449 = load <16 x float>, ptr %448, align 64
  %450 = fmul <16 x float> %449, %exp2
  %451 = getelementptr i32, ptr %412, i64 208
  %452 = load <16 x float>, ptr %451, align 64
  %453 = fmul <16 x float> %452, %exp290
  %454 = getelementptr i32, ptr %412, i64 224
  %455 = load <16 x float>, ptr %454, align 64
  %456 = fmul <16 x float> %455, %exp2
  %457 = getelementptr i32, ptr %412, i64 240
  %458 = load <16 x float>, ptr %457, align 64
  %459 = fmul <16 x float> %458, %exp290
  br label %kpv

kpv:                                              ; preds = %body105, %body101
  %o.sroa.44.0 = phi <16 x float> [ %447, %body101 ], [ %491, %body105 ]
  %o.sroa.40.0 = phi <16 x float> [ %444, %body101 ], [ %490, %body105 ]
  %o.sroa.36.0 = phi <16 x float> [ %441, %body101 ], [ %487, %body105 ]
  %o.sroa.32.0 = phi <16 x float> [ %438, %body101 ], [ %486, %body105 ]
  %o.sroa.28.0 = phi <16 x float> [ %435, %body101 ], [ %483, %body105 ]
  %o.sroa.24.0 = phi <16 x float> [ %432, %body101 ], [ %482, %body105 ]
  %o.sroa.20.0 = phi <16 x float> [ %429, %body101 ], [ %479, %body105 ]
  %o.sroa.16.0 = phi <16 x float> [ %426, %body101 ], [ %478, %body105 ]
  %o.sroa.12.0 = phi <16 x float> [ %423, %body101 ], [ %475, %body105 ]
  %o.sroa.8.0 = phi <16 x float> [ %420, %body101 ], [ %474, %body105 ]
  %o.sroa.4.0 = phi <16 x float> [ %417, %body101 ], [ %471, %body105 ]
  %o.sroa.0.0 = phi <16 x float> [ %414, %body101 ], [ %470, %body105 ]
  %o.sroa.48.0 = phi <16 x float> [ %450, %body101 ], [ %494, %body105 ]
  %o.sroa.52.0 = phi <16 x float> [ %453, %body101 ], [ %495, %body105 ]
  %o.sroa.56.0 = phi <16 x float> [ %456, %body101 ], [ %498, %body105 ]
  %o.sroa.60.0 = phi <16 x float> [ %459, %body101 ], [ %499, %body105 ]
  %kpv108 = phi i32 [ 0, %body101 ], [ %500, %body105 ]
  %460 = icmp slt i32 %kpv108, %218
  br i1 %460, label %body105, label %exit107

body105:                                          ; preds = %kpv
  %461 = sext i32 %kpv108 to i64
  %462 = mul i64 %461, 32
  %463 = getelementptr i32, ptr %st, i64 %462
  %p = load <16 x float>, ptr %463, align 64
  %464 = add i64 %462, 16
  %465 = getelementptr i32, ptr %st, i64 %464
  %p109 = load <16 x float>, ptr %465, align 64
  %466 = mul i64 %461, 512
  %467 = getelementptr i8, ptr %vbuf, i64 %466
  %468 = getelementptr i32, ptr %467, i64 %410
  %v = load float, ptr %468, align 4
  %469 = insertelement <16 x float> poison, float %v, i32 0
  %splat110 = shufflevector <16 x float> %469, <16 x float> poison, <16 x i32> zeroinitializer
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.0.0)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat110, <16 x float> %o.sroa.4.0)
  %472 = getelementptr i32, ptr %468, i64 1
  %v111 = load float, ptr %472, align 4
  %473 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %473, <16 x float> poison, <16 x i32> zeroinitializer
  %474 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.8.0)
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat112, <16 x float> %o.sroa.12.0)
  %476 = getelementptr i32, ptr %468, i64 2
  %v113 = load float, ptr %476, align 4
  %477 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.16.0)
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat114, <16 x float> %o.sroa.20.0)
  %480 = getelementptr i32, ptr %468, i64 3
  %v115 = load float, ptr %480, align 4
  %481 = insertelement <16 x float> poison, float %v115, i32 0
  %splat116 = shufflevector <16 x float> %481, <16 x float> poison, <16 x i32> zeroinitializer
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.24.0)
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat116, <16 x float> %o.sroa.28.0)
  %484 = getelementptr i32, ptr %468, i64 4
  %v117 = load float, ptr %484, align 4
  %485 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %485, <16 x float> poison, <16 x i32> zeroinitializer
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.32.0)
  %487 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat118, <16 x float> %o.sroa.36.0)
  %488 = getelementptr i32, ptr %468, i64 5
  %v119 = load float, ptr %488, align 4
  %489 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %489, <16 x float> poison, <16 x i32> zeroinitializer
  %490 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.40.0)
  %491 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat120, <16 x float> %o.sroa.44.0)
  %492 = getelementptr i32, ptr %468, i64 6
  %v121 = load float, ptr %492, align 4
  %493 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %493, <16 x float> poison, <16 x i32> zeroinitializer
  %494 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.48.0)
  %495 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat122, <16 x float> %o.sroa.52.0)
  %496 = getelementptr i32, ptr %468, i64 7
  %v123 = load float, ptr %496, align 4
  %497 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %497, <16 x float> poison, <16 x i32> zeroinitializer
  %498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.56.0)
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat124, <16 x float> %o.sroa.60.0)
  %500 = add nsw i32 %kpv108, 1
  br label %kpv

exit107:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %412, align 64
  store <16 x float> %o.sroa.4.0, ptr %415, align 64
  store <16 x float> %o.sroa.8.0, ptr %418, align 64
  store <16 x float> %o.sroa.12.0, ptr %421, align 64
  store <16 x float> %o.sroa.16.0, ptr %424, align 64
  store <16 x float> %o.sroa.20.0, ptr %427, align 64
  store <16 x float> %o.sroa.24.0, ptr %430, align 64
  store <16 x float> %o.sroa.28.0, ptr %433, align 64
  store <16 x float> %o.sroa.32.0, ptr %436, align 64
  store <16 x float> %o.sroa.36.0, ptr %439, align 64
  store <16 x float> %o.sroa.40.0, ptr %442, align 64
  store <16 x float> %o.sroa.44.0, ptr %445, align 64
  store <16 x float> %o.sroa.48.0, ptr %448, align 64
  store <16 x float> %o.sroa.52.0, ptr %451, align 64
  store <16 x float> %o.sroa.56.0, ptr %454, align 64
  store <16 x float> %o.sroa.60.0, ptr %457, align 64
  %501 = add nsw i32 %pvblock104, 1
  br label %pvblock

orow125:                                          ; preds = %written, %exit16
  %orow129 = phi i32 [ 0, %exit16 ], [ %537, %written ]
  %502 = icmp slt i32 %orow129, %nrows
  br i1 %502, label %body126, label %done

body126:                                          ; preds = %orow125
  %503 = sext i32 %orow129 to i64
  %504 = getelementptr float, ptr %ms, i64 %503
  %m130 = load float, ptr %504, align 4
  %505 = getelementptr float, ptr %ls, i64 %503
  %l = load float, ptr %505, align 4
  %506 = sdiv i32 %orow129, 32
  %507 = srem i32 %orow129, 32
  %508 = sext i32 %506 to i64
  %509 = mul i64 %508, 4096
  %510 = getelementptr i32, ptr %ot, i64 %509
  br label %otrow

otrow:                                            ; preds = %body131, %body126
  %otrow134 = phi i32 [ 0, %body126 ], [ %519, %body131 ]
  %511 = icmp slt i32 %otrow134, 128
  br i1 %511, label %body131, label %exit133

body131:                                          ; preds = %otrow
  %512 = sext i32 %507 to i64
  %513 = sext i32 %otrow134 to i64
  %514 = mul i64 %513, 32
  %515 = add i64 %514, %512
  %516 = getelementptr i32, ptr %510, i64 %515
  %517 = load float, ptr %516, align 4
  %518 = getelementptr i32, ptr %rowbuf, i64 %513
  store float %517, ptr %518, align 4
  %519 = add nsw i32 %otrow134, 1
  br label %otrow

exit133:                                          ; preds = %otrow
  %520 = icmp ne ptr %part, null
  br i1 %520, label %partial, label %final

partial:                                          ; preds = %exit133
  %521 = sext i32 %nrows to i64
  %522 = mul i64 %503, 128
  %523 = getelementptr float, ptr %part, i64 %522
  br label %chunk135

final:                                            ; preds = %exit133
  %524 = sdiv i32 %orow129, %nh
  %qi140 = add i32 %q_begin, %524
  %525 = srem i32 %orow129, %nh
  %h141 = add i32 %h_begin, %525
  %526 = mul i32 %kv_head, 4
  %hq142 = add i32 %526, %h141
  %527 = sext i32 %qi140 to i64
  %528 = add i64 %q_row0, %527
  %529 = mul i64 %528, 32
  %530 = sext i32 %hq142 to i64
  %orow143 = add i64 %529, %530
  %531 = fcmp oeq float %l, 0.000000e+00
  %532 = fdiv float 1.000000e+00, %l
  %533 = select i1 %531, float 0.000000e+00, float %532
  %534 = mul i64 %orow143, 512
  %535 = getelementptr i8, ptr %out, i64 %534
  %536 = insertelement <16 x float> poison, float %533, i32 0
  %splat144 = shufflevector <16 x float> %536, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk145

written:                                          ; preds = %exit148, %exit138
  %537 = add nsw i32 %orow129, 1
  br label %orow125

chunk135:                                         ; preds = %body136, %partial
  %chunk139 = phi i64 [ 0, %partial ], [ %543, %body136 ]
  %538 = icmp slt i64 %chunk139, 8
  br i1 %538, label %body136, label %exit138

body136:                                          ; preds = %chunk135
  %539 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk139
  %540 = load <16 x float>, ptr %539, align 64
  %541 = mul i64 %chunk139, 64
  %542 = getelementptr i8, ptr %523, i64 %541
  store <16 x float> %540, ptr %542, align 4
  %543 = add nsw i64 %chunk139, 1
  br label %chunk135

exit138:                                          ; preds = %chunk135
  %544 = mul i64 %521, 128
  %545 = add i64 %544, %503
  %546 = getelementptr float, ptr %part, i64 %545
  store float %m130, ptr %546, align 4
  %547 = add i64 %545, %521
  %548 = getelementptr float, ptr %part, i64 %547
  store float %l, ptr %548, align 4
  br label %written

chunk145:                                         ; preds = %body146, %final
  %chunk149 = phi i64 [ 0, %final ], [ %555, %body146 ]
  %549 = icmp slt i64 %chunk149, 8
  br i1 %549, label %body146, label %exit148

body146:                                          ; preds = %chunk145
  %550 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk149
  %551 = load <16 x float>, ptr %550, align 64
  %552 = fmul <16 x float> %551, %splat144
  %553 = mul i64 %chunk149, 64
  %554 = getelementptr i8, ptr %535, i64 %553
  store <16 x float> %552, ptr %554, align 4
  %555 = add nsw i64 %chunk149, 1
  br label %chunk145

exit148:                                          ; preds = %chunk145
  %556 = call float @llvm.log.f32(float %l)
  %557 = call float @llvm.fmuladd.f32(float %m130, float 0x3FE62E4300000000, float %556)
  %lse150 = select i1 %531, float 0xFFF0000000000000, float %557
  %558 = getelementptr float, ptr %lse, i64 %orow143
  store float %lse150, ptr %558, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @llama3_8b_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @llama3_8b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @llama3_8b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @llama3_8b_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @llama3_8b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @llama3_8b_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @llama3_8b_info() #0 {
entry:
  ret ptr @llama3_8b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
